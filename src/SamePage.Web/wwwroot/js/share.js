// Copy and Share buttons for a value shown in a read-only field (an invite link). Without JavaScript,
// or where the browser can't copy or share, the buttons stay hidden and the field is there to select.
const valueOf = (id) => document.getElementById(id)?.value ?? '';

for (const button of document.querySelectorAll('button[data-copy]')) {
  const field = document.getElementById(button.dataset.copy);
  const status = document.getElementById(button.dataset.copyStatus);
  if (!field || !navigator.clipboard?.writeText) {
    continue;
  }
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = button.dataset.copied;
    } catch {
      field.focus();
      field.select();
      status.textContent = button.dataset.copyFailed;
    }
  });
}

for (const button of document.querySelectorAll('button[data-share]')) {
  if (!navigator.share) {
    continue;
  }
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.share({ text: button.dataset.shareText, url: valueOf(button.dataset.share) });
    } catch {
      // Closed without sharing: nothing to say.
    }
  });
}
