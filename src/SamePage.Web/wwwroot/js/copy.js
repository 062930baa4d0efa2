// Copy buttons: <button type="button" data-copy="ID" data-copied="message" hidden> copies the text of
// the element with that id. Hidden without JavaScript, where the text itself can be selected.
const status = document.querySelector('[data-copy-status]');

for (const button of document.querySelectorAll('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy);
  if (!source || !navigator.clipboard) {
    continue;
  }
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent.trim());
      if (status) {
        status.textContent = button.dataset.copied || '';
      }
    } catch {
      // Copying was refused (permissions): select the text so it can be copied by hand.
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
    }
  });
}
