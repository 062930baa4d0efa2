// Saves the texts of a form[data-autosave-text] a moment after typing stops (and when a box is left),
// one save at a time, to the page's Autosave handler. Fields marked data-autosave-skip (choices that
// change only with the form's own button) are left out. The answer may hand back new values for
// hidden fields (the fingerprints that stop a stale tab from overwriting newer writing) and says
// whether everything was kept. Without JavaScript the form's Save button does the same.
const form = document.querySelector('form[data-autosave-text]');
const quietFor = 1200;

let timer = 0;
let dirty = null;
let running = false;

function statusFor(field) {
  const scope = field?.closest('[data-autosave-scope]') ?? form;
  return scope.querySelector('[data-save-status]');
}

function say(field, text) {
  const status = statusFor(field);
  if (status) {
    status.textContent = text;
  }
}

function body() {
  const data = new FormData(form);
  for (const skipped of form.querySelectorAll('[data-autosave-skip]')) {
    data.delete(skipped.name);
  }
  return data;
}

async function save(keepalive = false) {
  clearTimeout(timer);
  if (!dirty || running) {
    return;
  }
  const field = dirty;
  dirty = null;
  running = true;
  say(field, form.dataset.saving);
  const url = new URL(form.action || window.location.href, window.location.href);
  url.searchParams.set('handler', 'Autosave');
  try {
    const response = await fetch(url, {
      method: 'POST', body: body(), credentials: 'same-origin', keepalive, headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      throw new Error(String(response.status));
    }
    const result = await response.json();
    for (const [name, value] of Object.entries(result.fields ?? {})) {
      const hidden = form.elements.namedItem(name);
      if (hidden instanceof HTMLInputElement) {
        hidden.value = value;
      }
    }
    if (result.saved) {
      say(field, form.dataset.saved);
    } else {
      say(field, result.problem === 'conflict' ? form.dataset.conflict : form.dataset.tooLong);
    }
  } catch {
    say(field, form.dataset.failed);
  } finally {
    running = false;
    if (dirty) {
      timer = setTimeout(save, quietFor);
    }
  }
}

if (form) {
  form.addEventListener('input', (event) => {
    if (event.target instanceof HTMLTextAreaElement && !event.target.hasAttribute('data-autosave-skip')) {
      dirty = event.target;
      say(dirty, '');
      clearTimeout(timer);
      timer = setTimeout(save, quietFor);
    }
  });
  form.addEventListener('focusout', () => save());
  form.addEventListener('submit', () => clearTimeout(timer));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      save(true);
    }
  });
}
