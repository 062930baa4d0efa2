// Print: the print page's button opens the browser's print dialog. Without JavaScript the button stays
// hidden and the page says how to print with the browser's own Print command.
const button = document.querySelector('[data-print]');

if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
