/**
 * Asks the page's confirmation dialog `question`; submits `form` (without asking again, by the
 * same button, so to the same URL) when the user confirms. Returns false when the page has no
 * dialog, so that the caller lets the submit go.
 */
export function confirmThenSubmit(form: HTMLFormElement, question: string, submitter: HTMLElement | null): boolean {
  const dialog = form.ownerDocument.getElementById('confirm-dialog');
  if (!(dialog instanceof HTMLDialogElement)) return false;
  const text = dialog.querySelector('[data-confirm-text]');
  if (text !== null) text.textContent = question;
  dialog.addEventListener(
    'close',
    () => {
      if (dialog.returnValue !== 'confirm') return;
      // The submit event runs within requestSubmit: the mark is gone before the page could be
      // shown again (back button), so the next action asks again.
      form.dataset.confirmed = '1';
      form.requestSubmit(submitter instanceof HTMLButtonElement ? submitter : null);
      delete form.dataset.confirmed;
    },
    { once: true },
  );
  dialog.showModal();
  return true;
}
