import { setButtonsDisabled, type Busy } from './busy.js';
import { askAnyway, clearErrors, showErrors, type FailedSubmitAnswer } from './form-errors.js';

/** The form's fields as a urlencoded body, with the button that submitted it (as a browser sends it). */
export function submitBody(form: HTMLFormElement, submitter: HTMLElement | null): URLSearchParams {
  const body = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') body.append(name, value);
  if (submitter instanceof HTMLButtonElement && submitter.name !== '') body.append(submitter.name, submitter.value);
  return body;
}

async function answerOf(response: Response): Promise<FailedSubmitAnswer> {
  try {
    return (await response.json()) as FailedSubmitAnswer;
  } catch {
    return {};
  }
}

/**
 * Sends a `data-fetch` form with fetch, so that what was typed (secrets included) stays on the
 * page: on success the browser goes where the server says, on failure the errors land under their
 * fields. A network failure shows the form's own "could not be sent" text.
 */
export async function submitWithFetch(form: HTMLFormElement, submitter: HTMLElement | null, busy: Busy): Promise<void> {
  const summary = form.ownerDocument.getElementById('form-summary');
  try {
    const response = await fetch(form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'content-type': 'application/x-www-form-urlencoded',
        'x-pim-fetch': '1',
      },
      body: submitBody(form, submitter),
    });
    const answer = await answerOf(response);
    if (response.ok && answer.redirect_url !== undefined) {
      window.location.assign(answer.redirect_url);
      return;
    }
    clearErrors(form);
    showErrors(form, answer);
    if (answer.confirm !== undefined) askAnyway(form, answer.confirm);
  } catch {
    if (summary !== null) {
      summary.textContent = form.dataset.failed ?? '';
      summary.hidden = false;
      summary.focus();
    }
  } finally {
    busy.hide();
    setButtonsDisabled(form, false);
  }
}
