import type { ComponentChildren } from 'preact';

import { CsrfInput } from './csrf-input.js';

export interface PostButtonProps {
  readonly action: string;
  /** Sent as `_method` (HTML forms only POST). */
  readonly method?: 'PUT' | 'DELETE';
  /** Asked in the confirmation dialog before the request is sent. */
  readonly confirm?: string;
  /** Shown in the busy overlay while the request runs. */
  readonly busy?: string;
  readonly buttonClass?: string;
  readonly title?: string;
  readonly label?: string;
  /** The handler method the button runs (kept for scripts and tests). */
  readonly dataAction?: string;
  /** The button's text; none for an icon button (its `label` names it). */
  readonly children?: ComponentChildren;
}

/** A button that changes something: a POST form of its own, with the CSRF token. */
export function PostButton(props: PostButtonProps) {
  return (
    <form method="post" action={props.action} class="inline" data-confirm={props.confirm} data-busy={props.busy}>
      <CsrfInput />
      {props.method && <input type="hidden" name="_method" value={props.method} />}
      <button
        type="submit"
        class={props.buttonClass}
        title={props.title}
        aria-label={props.label}
        data-action={props.dataAction}
      >
        {props.children}
      </button>
    </form>
  );
}
