// Quick exit: leave SamePage for a neutral page without leaving a Back entry, and end the session on
// the way out. Works by click, or by pressing Shift three times in a row. Without JavaScript the link
// still leaves (the session then stays until it times out or the person signs out).
const link = document.querySelector('[data-quick-exit]');
const windowMs = 5000;
let presses = [];

// A beacon outlives the page: the browser sends it even while this page is being replaced.
function signOut() {
  const form = document.querySelector('form[data-quick-exit-signout]');
  if (!form) {
    return;
  }
  const body = new FormData(form);
  try {
    if (navigator.sendBeacon && navigator.sendBeacon(form.action, body)) {
      return;
    }
  } catch {
    // fall through to fetch
  }
  fetch(form.action, { method: 'POST', body, keepalive: true, credentials: 'same-origin' }).catch(() => {});
}

function leave() {
  const target = link.href;
  signOut();
  document.title = '';
  document.body.replaceChildren();
  window.location.replace(target);
}

if (link) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    leave();
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift') {
      presses = [];
      return;
    }
    if (event.repeat) {
      return;
    }
    const now = Date.now();
    presses = presses.filter((t) => now - t < windowMs);
    presses.push(now);
    if (presses.length >= 3) {
      leave();
    }
  });
}
