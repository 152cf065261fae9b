import type { AsyncOption } from './async-select.js';

/** Everything a choice list needs to be drawn again. */
interface ChoiceList {
  readonly fieldset: HTMLFieldSetElement;
  readonly name: string;
  readonly type: 'checkbox' | 'radio';
}

/** One choice as the server draws it (ChoiceList): a box, its label, its hint. */
export function choiceElement(list: ChoiceList, option: AsyncOption): HTMLDivElement {
  const document = list.fieldset.ownerDocument;
  const row = document.createElement('div');
  row.className = 'choice';
  const box = document.createElement('input');
  box.type = list.type;
  box.id = `${list.fieldset.id}-${option.id}`;
  box.name = list.name;
  box.value = option.id;
  const label = document.createElement('label');
  label.htmlFor = box.id;
  const isolated = document.createElement('bdi');
  isolated.textContent = option.label;
  label.append(isolated);
  row.append(box, label);
  if (option.hint) {
    const hint = document.createElement('span');
    hint.className = 'hint';
    hint.textContent = option.hint;
    row.append(' ', hint);
  }
  return row;
}

/** A note in place of the choices (none to offer, or the field they depend on is empty). */
function note(list: ChoiceList, text: string): HTMLParagraphElement {
  const paragraph = list.fieldset.ownerDocument.createElement('p');
  paragraph.className = 'note';
  paragraph.textContent = text;
  return paragraph;
}

/**
 * A job filter whose choices depend on another field (`data-depends-on`, the id of its control):
 * when that field changes, its choices are asked again from `data-options-src` with the new value
 * as `data-param`, and what was ticked is cleared (UnoPim's `depends_on`: another credential's
 * storefront 1 is another storefront).
 */
export function dependentChoices(fieldset: HTMLFieldSetElement): void {
  const document = fieldset.ownerDocument;
  const parent = document.getElementById(fieldset.dataset.dependsOn ?? '');
  const items = fieldset.querySelector<HTMLElement>('[data-choices]');
  const first = fieldset.querySelector<HTMLInputElement>(
    'input[type="checkbox"], input[type="radio"], input[type="hidden"]',
  );
  if (!(parent instanceof HTMLSelectElement) || items === null || first === null) return;
  const list: ChoiceList = {
    fieldset,
    name: first.name,
    type: fieldset.querySelector('input[type="radio"]') !== null || !first.name.endsWith('[]') ? 'radio' : 'checkbox',
  };
  let asked = 0;
  parent.addEventListener('change', () => {
    const ask = ++asked;
    void (async () => {
      if (parent.value === '') {
        items.replaceChildren(note(list, fieldset.dataset.chooseParent ?? ''));
        return;
      }
      const url = new URL(fieldset.dataset.optionsSrc ?? '', window.location.href);
      url.searchParams.set(fieldset.dataset.param ?? 'parent', parent.value);
      url.searchParams.set('per_page', '100');
      const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      if (!response.ok || ask !== asked) return;
      const page = (await response.json()) as { options: readonly AsyncOption[] };
      items.replaceChildren(
        ...(page.options.length === 0
          ? [note(list, fieldset.dataset.noChoices ?? '')]
          : page.options.map((option) => choiceElement(list, option))),
      );
      fieldset.dataset.loaded = String(page.options.length);
    })();
  });
}
