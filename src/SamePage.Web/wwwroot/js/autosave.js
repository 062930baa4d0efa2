// Saves answers and guesses as a private draft on every change, one save at a time (a change made
// while a save is on its way is sent right after it). The Save buttons do the same without JavaScript.
const form = document.querySelector('form[data-autosave]');
const status = document.querySelector('[data-save-status]');

function say(text) {
  if (status) {
    status.textContent = text;
  }
}

function showProgress(result) {
  for (const bar of document.querySelectorAll('progress[data-progress]')) {
    bar.max = result.total;
    bar.value = result.answered;
  }
  for (const label of document.querySelectorAll('[data-progress-text]')) {
    label.textContent = result.progress;
  }
}

async function save() {
  const url = new URL(form.action || window.location.href, window.location.href);
  url.searchParams.set('handler', 'Autosave');
  const response = await fetch(url, {
    method: 'POST',
    body: new FormData(form),
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) {
    throw new Error(String(response.status));
  }
  return response.json();
}

let running = null;
let again = false;

async function saveNow() {
  if (running) {
    again = true;
    return;
  }
  say(form.dataset.saving);
  running = (async () => {
    try {
      do {
        again = false;
        const result = await save();
        showProgress(result);
        if (!result.saved) {
          throw new Error('not saved');
        }
      } while (again);
      say(form.dataset.saved);
    } catch {
      say(form.dataset.failed);
    } finally {
      running = null;
    }
  })();
}

if (form) {
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'radio') {
      saveNow();
    }
  });
}
