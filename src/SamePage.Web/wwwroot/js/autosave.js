// Saves answers and guesses as a private draft on every change. The Save button does the same without JavaScript.
const form = document.querySelector('form[data-autosave]');
const status = document.querySelector('[data-save-status]');

function say(text) {
  if (status) {
    status.textContent = text;
  }
}

function updateProgress(answered, total) {
  for (const bar of document.querySelectorAll('progress[data-progress]')) {
    bar.value = answered;
    bar.max = total;
  }
  for (const label of document.querySelectorAll('[data-progress-text]')) {
    label.textContent = label.dataset.template
      .replace('{answered}', String(answered))
      .replace('{total}', String(total));
  }
}

async function save() {
  const url = new URL(form.action || window.location.href, window.location.href);
  url.searchParams.set('handler', 'Autosave');
  say(form.dataset.saving);
  try {
    const response = await fetch(url, {
      method: 'POST',
      body: new FormData(form),
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      throw new Error(String(response.status));
    }
    const result = await response.json();
    updateProgress(result.answered, result.total);
    say(form.dataset.saved);
  } catch {
    say(form.dataset.failed);
  }
}

if (form) {
  form.addEventListener('change', (event) => {
    const target = event.target;
    if ((target instanceof HTMLInputElement && target.type === 'radio') || target instanceof HTMLSelectElement) {
      save();
    }
  });
}
