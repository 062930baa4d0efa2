// Turns notifications on only when the person presses the button; turning off also unsubscribes the browser.
const on = document.querySelector('form[data-push-subscribe]');
const off = document.querySelector('form[data-push-off]');
const message = document.querySelector('[data-push-message]');
const supported = 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

for (const note of document.querySelectorAll('[data-push-nojs]')) {
  note.hidden = true;
}

function say(text) {
  message.textContent = text;
  message.hidden = false;
}

function decode(base64url) {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const raw = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

async function turnOn(event) {
  event.preventDefault();
  const button = on.querySelector('button');
  button.disabled = true;
  try {
    if (await Notification.requestPermission() !== 'granted') {
      say(on.dataset.denied);
      return;
    }
    const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    await navigator.serviceWorker.ready;
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: decode(on.dataset.key),
    });
    const json = subscription.toJSON();
    const body = new FormData(on);
    body.set('endpoint', json.endpoint);
    body.set('p256dh', json.keys.p256dh);
    body.set('auth', json.keys.auth);
    const response = await fetch(on.action, { method: 'POST', body, credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(String(response.status));
    }
    window.location.assign(on.dataset.done);
  } catch {
    say(on.dataset.failed);
  } finally {
    button.disabled = false;
  }
}

async function turnOff(event) {
  event.preventDefault();
  try {
    const registration = await navigator.serviceWorker.getRegistration('/');
    const subscription = await registration?.pushManager.getSubscription();
    await subscription?.unsubscribe();
  } catch {
    // The server forgets this browser either way.
  }
  off.submit();
}

if (on) {
  if (supported) {
    on.hidden = false;
    on.addEventListener('submit', turnOn);
  } else {
    say(on.dataset.unsupported);
  }
}

if (off && supported) {
  off.addEventListener('submit', turnOff);
}
