// Reloads a waiting page when its circle moves on (someone submits, signs, joins; a round is revealed).
// It asks the circle's pulse for a content-free stamp: every 12 s while the tab is visible, more slowly
// the longer nothing changes, never while hidden. Without JavaScript, "Check again" does the same.
const root = document.querySelector('[data-pulse]');
const first = 12000;
const slowest = 60000;

if (root) {
  const url = root.dataset.pulse;
  const stamp = root.dataset.pulseStamp;
  let wait = first;
  let timer = 0;

  const later = () => {
    clearTimeout(timer);
    if (!document.hidden) {
      timer = setTimeout(check, wait);
    }
  };

  async function check() {
    try {
      const response = await fetch(url, {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
        cache: 'no-store',
        redirect: 'manual',
      });
      if (!response.ok) {
        return; // signed out, or no longer a member: stop asking; "Check again" still works
      }
      const answer = await response.json();
      if (answer.stamp !== stamp) {
        window.location.reload();
        return;
      }
      wait = Math.min(slowest, Math.round(wait * 1.25));
    } catch {
      wait = Math.min(slowest, wait * 2); // offline or busy: ask less often
    }
    later();
  }

  document.addEventListener('visibilitychange', () => {
    if (document.hidden) {
      clearTimeout(timer);
    } else {
      wait = first;
      check();
    }
  });
  later();
}
