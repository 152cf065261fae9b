import type { Option } from '@pim/kernel';

import { describedBy } from './field.js';

export interface ChoiceListProps {
  /** The fieldset's id; each box is `<id>-<option id>`, its help `<id>-help`, its error `<id>-error`. */
  readonly id: string;
  /** What the boxes submit as (`name[]`; `name` for one choice). */
  readonly name: string;
  /** One choice (radio buttons) instead of several. */
  readonly single?: boolean;
  readonly legend: string;
  readonly required?: boolean;
  readonly help?: string;
  /** Said instead of the boxes when there is nothing to choose. */
  readonly empty?: string;
  readonly errors: readonly string[];
  readonly options: readonly Option[];
  readonly chosen: ReadonlySet<string>;
  /** Every box read-only (a user who may not change the value). */
  readonly disabled?: boolean;
  /** Attributes the page script reads (e.g. where the choices come from). */
  readonly data?: Readonly<Record<`data-${string}`, string>>;
}

/**
 * Several choices (or one): a fieldset of checkboxes (or radio buttons), an empty value first so
 * that none ticked is a value too. An `inactive` option is shown, with its hint, but cannot be ticked.
 */
export function ChoiceList(props: ChoiceListProps) {
  const { id, errors } = props;
  const name = props.single ? props.name : `${props.name}[]`;
  return (
    <fieldset
      class={errors.length > 0 ? 'field choices invalid' : 'field choices'}
      id={id}
      aria-describedby={describedBy(id)}
      {...props.data}
    >
      <legend class={props.required ? 'required' : ''}>{props.legend}</legend>
      <input type="hidden" name={name} value="" disabled={props.disabled} />
      <div class="choice-items" data-choices="">
        {props.options.length === 0 && props.empty && <p class="note">{props.empty}</p>}
        {props.options.map((o) => (
          <div class={o.inactive ? 'choice inactive' : 'choice'}>
            <input
              type={props.single ? 'radio' : 'checkbox'}
              id={`${id}-${o.id}`}
              name={name}
              value={o.id}
              checked={props.chosen.has(o.id)}
              disabled={props.disabled || o.inactive}
            />
            <label for={`${id}-${o.id}`}>
              <bdi>{o.label}</bdi>
            </label>
            {o.hint && ' '}
            {o.hint && <span class="hint">{o.hint}</span>}
          </div>
        ))}
      </div>
      {props.help && (
        <div class="help" id={`${id}-help`}>
          {props.help}
        </div>
      )}
      <div class="error" id={`${id}-error`}>
        {errors.join(' ')}
      </div>
    </fieldset>
  );
}
