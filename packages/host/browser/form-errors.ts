/** What the host answers to a failed submit sent with fetch (UnoPim's form-error contract). */
export interface FailedSubmitAnswer {
  readonly message?: string;
  readonly errors?: Readonly<Record<string, readonly string[]>>;
  readonly confirm?: { readonly field: string; readonly label: string };
  readonly redirect_url?: string;
}

/**
 * The id of the control an error key belongs to: `label` → `field-label`, a mapping row
 * `localeMapping.en_US` → `field-localeMapping-en_US` (as the server draws them).
 */
export function controlId(errorKey: string): string {
  return `field-${errorKey.replace('.', '-')}`;
}

/** Removes the errors and notes the last submit left on a form. */
export function clearErrors(form: HTMLFormElement): void {
  form.querySelectorAll('.invalid').forEach((el) => el.classList.remove('invalid'));
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
  form.querySelectorAll('.error').forEach((el) => {
    el.textContent = '';
  });
  form.querySelectorAll('.note').forEach((el) => el.remove());
}

/** The control that comes first in the page, of two (either may be null). */
function earlier(a: Element | null, b: Element): Element {
  if (a === null) return b;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING ? b : a;
}

/** What gets the focus: the control itself, or the first control inside a fieldset. */
function focusTarget(element: Element | null): HTMLElement | null {
  if (element === null) return null;
  if (element.matches('input, select, textarea')) return element as HTMLElement;
  return element.querySelector<HTMLElement>('input:not([type=hidden]), select');
}

/**
 * Puts each error under its field, marks the fields invalid, announces one summary and moves the
 * focus to the first invalid field (or to the summary when no field is named).
 */
export function showErrors(form: HTMLFormElement, answer: FailedSubmitAnswer): void {
  const doc = form.ownerDocument;
  const summary = doc.getElementById('form-summary');
  let first: Element | null = null;
  for (const [key, messages] of Object.entries(answer.errors ?? {})) {
    const id = controlId(key);
    const control = doc.getElementById(id);
    const error = doc.getElementById(`${id}-error`);
    if (error !== null) error.textContent = messages.join(' ');
    if (control === null) continue;
    control.setAttribute('aria-invalid', 'true');
    (control.closest('.field, td') ?? control).classList.add('invalid');
    first = earlier(first, control);
  }
  if (summary !== null) {
    summary.textContent = answer.message ?? form.dataset.failed ?? '';
    summary.hidden = false;
  }
  const focusable = focusTarget(first);
  if (focusable !== null) focusable.focus();
  else if (summary !== null) {
    summary.tabIndex = -1;
    summary.focus();
  }
}

/** Adds (or relabels) the "Save anyway" button a question of the server offers. */
export function askAnyway(form: HTMLFormElement, confirm: NonNullable<FailedSubmitAnswer['confirm']>): void {
  let button = form.querySelector<HTMLButtonElement>(`button[name="${CSS.escape(confirm.field)}"]`);
  if (button === null) {
    button = form.ownerDocument.createElement('button');
    button.type = 'submit';
    button.name = confirm.field;
    button.value = '1';
    button.className = 'warning';
    form.querySelector('button.primary')?.before(button);
  }
  button.textContent = confirm.label;
}
