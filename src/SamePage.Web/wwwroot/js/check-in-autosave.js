// Check-ins: saves the appreciation and the topics as they are typed (after a short pause, and on
// leaving a box). Each save carries the stamp of the text it started from, so a tab opened earlier
// never overwrites newer words (the server answers 409). Without JavaScript, "Save for later" does it.
const form = document.querySelector('form[data-text-autosave]');
const status = form?.querySelector('[data-text-save-status]');
const PAUSE_MS = 900;

let timer = 0;
let running = null;
let again = false;
let stale = false;

function say(text) {
  if (status) {
    status.textContent = text ?? '';
  }
}

function base(name) {
  return form.querySelector(`input[data-base-for="${name}"]`);
}

async function saveOnce() {
  const body = new FormData();
  body.append('__RequestVerificationToken', form.elements.namedItem('__RequestVerificationToken').value);
  for (const box of form.querySelectorAll('textarea[data-autosave-text]')) {
    body.append(box.name, box.value);
    body.append(`${box.name}Base`, base(box.name).value);
  }
  const url = new URL(form.getAttribute('action') || window.location.href, window.location.href);
  url.searchParams.set('handler', 'AutosaveTexts');
  say(form.dataset.saving);
  try {
    const response = await fetch(url, { method: 'POST', body, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    const result = await response.json().catch(() => ({}));
    if (response.ok && result.saved) {
      base('Appreciation').value = result.appreciationBase;
      base('Topics').value = result.topicsBase;
      say(form.dataset.saved);
    } else if (result.stale) {
      stale = true;
      say(form.dataset.stale);
    } else {
      say(form.dataset.failed);
    }
  } catch {
    say(form.dataset.failed);
  }
}

// One save at a time: typing during a save asks for one more afterwards, with the stamps it returned.
async function save() {
  window.clearTimeout(timer);
  timer = 0;
  if (stale) {
    return;
  }
  if (running) {
    again = true;
    return;
  }
  running = saveOnce();
  await running;
  running = null;
  if (again) {
    again = false;
    await save();
  }
}

if (form && status) {
  for (const box of form.querySelectorAll('textarea[data-autosave-text]')) {
    box.addEventListener('input', () => {
      // "Saved" no longer holds once there is more to save.
      if (!stale) {
        say('');
      }
      window.clearTimeout(timer);
      timer = window.setTimeout(save, PAUSE_MS);
    });
    box.addEventListener('blur', () => {
      if (timer) {
        save();
      }
    });
  }
}
