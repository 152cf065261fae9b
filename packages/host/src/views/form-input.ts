import type { FormField, FormSchema, FormState } from '@pim/kernel';

import type { RelatedGridProps } from './related-grid.js';
import { displayText } from './text.js';

/** What a create or edit page is drawn from. */
export interface FormPageProps {
  readonly schema: FormSchema;
  readonly state: FormState;
  /** Where the form is sent, and its actions' URLs (the record's id filled in). */
  readonly submitHref: string;
  readonly actions: readonly { readonly href: string; readonly action: NonNullable<FormSchema['actions']>[number] }[];
  /** Field → messages of the last submit. */
  readonly errors: Readonly<Record<string, readonly string[]>>;
  /** What the user submitted, shown back after an error (secrets never are). */
  readonly submitted: Readonly<Record<string, unknown>> | null;
  /** Secret fields that held a typed value when the submit failed: cleared for safety. */
  readonly clearedSecrets: readonly string[];
  /** Lists about the record (e.g. its history), the first page of each. */
  readonly related: readonly RelatedGridProps[];
  readonly backHref: string;
  /** A question of the last submit the user may override ("Save anyway"). */
  readonly confirm?: { readonly field: string; readonly label: string };
}

/** A field's value as the page shows it: what was submitted (never a secret), else the record's. */
export function valueOf(props: FormPageProps, field: FormField): string {
  const submitted = field.secret ? undefined : props.submitted?.[field.name];
  return typeof submitted === 'string' ? submitted : displayText(props.state.values[field.name]);
}

export function errorsOf(props: FormPageProps, key: string): readonly string[] {
  return props.errors[key] ?? [];
}

/** The first field (or mapping row: `field.key`) of the form, in page order, with an error: it gets the focus. */
export function firstInvalid(props: FormPageProps): string | undefined {
  return props.schema.sections
    .flatMap((s) => s.fields)
    .flatMap((f) =>
      f.type === 'mapping' ? (props.state.mappingRows?.[f.name] ?? []).map((r) => `${f.name}.${r.key}`) : [f.name],
    )
    .find((key) => errorsOf(props, key).length > 0);
}

/** `aria-invalid` on a control with errors, and `autofocus` on the first of them. */
export function invalidAttributes(props: FormPageProps, key: string): { 'aria-invalid'?: 'true'; autofocus?: true } {
  if (errorsOf(props, key).length === 0) return {};
  return firstInvalid(props) === key ? { 'aria-invalid': 'true', autofocus: true } : { 'aria-invalid': 'true' };
}

/** A field whose value is typed (with suggestions) rather than chosen from a closed list. */
export function isTyped(props: FormPageProps, field: FormField): boolean {
  return props.state.typedValues?.[field.name] ?? field.allowCustomValue ?? false;
}

/** The version the values in the form are based on (see the form page). */
export function basedOn(props: FormPageProps): string {
  const submitted = props.submitted?.['version'];
  return typeof submitted === 'string' ? submitted : displayText(props.state.version);
}
