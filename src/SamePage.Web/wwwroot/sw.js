// SamePage's service worker: it shows notes and opens SamePage when one is clicked. Nothing else:
// no fetch handler and no cache, so no page is ever kept on the device.
const fallback = { title: 'Notes', body: 'Something new', url: '/circles' };

self.addEventListener('push', (event) => {
  let note = fallback;
  try {
    note = { ...fallback, ...event.data?.json() };
  } catch {
    // An unreadable note still says only the plain words.
  }
  event.waitUntil(self.registration.showNotification(note.title, { body: note.body, tag: 'something-new', data: { url: '/circles' } }));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = new URL('/circles', self.location.origin).href;
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
    if (open) {
      await open.focus();
      await open.navigate(url);
    } else {
      await self.clients.openWindow(url);
    }
  })());
});
