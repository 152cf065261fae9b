/**
 * The admin's only script: confirmation dialogs, the busy indicator, forms submitted with fetch
 * (what was typed stays, errors land under their fields), auto-submitting selects, and the async
 * select and dependent choices of job filters. Every page works without it, except for those conveniences.
 */
import { asyncSelect } from './async-select.js';
import { busyOverlay, setButtonsDisabled } from './busy.js';
import { confirmThenSubmit } from './confirm-dialog.js';
import { dependentChoices } from './dependent-choices.js';
import { submitWithFetch } from './fetch-submit.js';

const busy = busyOverlay(document);

document.addEventListener('change', (event) => {
  const target = event.target;
  if (target instanceof HTMLSelectElement && target.matches('[data-autosubmit]')) target.form?.requestSubmit();
});

/** A submit without fetch still says it is busy, and still sends the button that was pressed. */
function markBusy(form: HTMLFormElement, submitter: HTMLElement | null, text: string): void {
  busy.show(text);
  setButtonsDisabled(form, true);
  if (submitter instanceof HTMLButtonElement && submitter.name !== '') {
    const carried = document.createElement('input');
    carried.type = 'hidden';
    carried.name = submitter.name;
    carried.value = submitter.value;
    form.appendChild(carried);
  }
}

document.addEventListener('submit', (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement)) return;
  const submitter = event.submitter;
  // A row's button carries its own question (its row's form is shared); a form may carry one too.
  const question = submitter?.getAttribute('data-confirm') ?? form.getAttribute('data-confirm');
  if (question !== null && form.dataset.confirmed === undefined) {
    if (confirmThenSubmit(form, question, submitter)) event.preventDefault();
    return;
  }
  const text = submitter?.getAttribute('data-busy') ?? form.getAttribute('data-busy');
  if (form.hasAttribute('data-fetch')) {
    event.preventDefault();
    if (text !== null) busy.show(text);
    setButtonsDisabled(form, true);
    void submitWithFetch(form, submitter, busy);
    return;
  }
  if (text !== null) markBusy(form, submitter, text);
});

document.querySelectorAll<HTMLSelectElement>('select[data-async-src]').forEach(asyncSelect);
document.querySelectorAll<HTMLFieldSetElement>('fieldset[data-depends-on]').forEach(dependentChoices);
