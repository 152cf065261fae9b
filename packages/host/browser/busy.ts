/** The page's busy overlay: shown with a text while a slow request (one that calls the store) runs. */
export interface Busy {
  show(text: string): void;
  hide(): void;
}

export function busyOverlay(doc: Document): Busy {
  const overlay = doc.querySelector<HTMLElement>('.busy');
  return {
    show(text) {
      if (overlay === null) return;
      const label = overlay.querySelector('[data-busy-text]');
      if (label !== null) label.textContent = text;
      overlay.hidden = false;
    },
    hide() {
      if (overlay !== null) overlay.hidden = true;
    },
  };
}

/** Every button of a form disabled (while it is being sent) or enabled again. */
export function setButtonsDisabled(form: HTMLFormElement, disabled: boolean): void {
  form.querySelectorAll('button').forEach((button) => {
    button.disabled = disabled;
  });
}
