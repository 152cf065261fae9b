import type { ComponentChildren } from 'preact';

export interface FieldProps {
  /** The control's id: its label points at it; its help and error are `id-help` and `id-error`. */
  readonly id: string;
  readonly label: string;
  readonly required?: boolean;
  readonly help?: string;
  /** A note under the control (e.g. a secret cleared for safety). */
  readonly note?: string;
  readonly errors?: readonly string[];
  /** The control, drawn with `aria-describedby={describedBy(id)}`. */
  readonly children: ComponentChildren;
}

/** What a field's control is described by: its help and its error. */
export const describedBy = (id: string): string => `${id}-help ${id}-error`;

/**
 * A labelled control with its help and its errors. Field errors are not live regions: the one
 * summary above the form is announced, once.
 */
export function Field(props: FieldProps) {
  const errors = props.errors ?? [];
  return (
    <div class={errors.length > 0 ? 'field invalid' : 'field'}>
      <label for={props.id} class={props.required ? 'required' : ''}>
        {props.label}
      </label>
      {props.children}
      {props.note && (
        <div class="note" id={`${props.id}-cleared`}>
          {props.note}
        </div>
      )}
      {props.help && (
        <div class="help" id={`${props.id}-help`}>
          {props.help}
        </div>
      )}
      <div class="error" id={`${props.id}-error`}>
        {errors.join(' ')}
      </div>
    </div>
  );
}
