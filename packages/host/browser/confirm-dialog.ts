/**
 * Asks the page's confirmation dialog `question`; submits `form` (without asking again) when the
 * user confirms. Returns false when the page has no dialog, so that the caller lets the submit go.
 */
export function confirmThenSubmit(form: HTMLFormElement, question: string): boolean {
  const dialog = form.ownerDocument.getElementById('confirm-dialog');
  if (!(dialog instanceof HTMLDialogElement)) return false;
  const text = dialog.querySelector('[data-confirm-text]');
  if (text !== null) text.textContent = question;
  dialog.addEventListener(
    'close',
    () => {
      if (dialog.returnValue !== 'confirm') return;
      form.dataset.confirmed = '1';
      form.submit();
    },
    { once: true },
  );
  dialog.showModal();
  return true;
}
