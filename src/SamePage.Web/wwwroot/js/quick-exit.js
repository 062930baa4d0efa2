// Quick exit: leave SamePage for a neutral page without leaving a Back entry.
// Works by click, or by pressing Shift three times in a row. Without JavaScript the link still works.
const link = document.querySelector('[data-quick-exit]');
const windowMs = 5000;
let presses = [];

function leave() {
  const target = link.href;
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
