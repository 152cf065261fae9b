/** One option of an option source's page (UnoPim's async-select contract). */
export interface AsyncOption {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
}

/** How an option reads in the select: its label, and its warning when it has one. */
export function optionText(option: AsyncOption): string {
  return option.hint ? `${option.label} — ⚠ ${option.hint}` : option.label;
}

/** Waits this long after the last keystroke before searching. */
const SEARCH_DELAY_MS = 250;

/**
 * A job filter's credential select, fed by the option source its `data-async-src` names: loaded
 * once, then searched as the user types into its `data-async-search` box. The saved choice the
 * server drew is kept and listed once.
 */
export function asyncSelect(select: HTMLSelectElement): void {
  const search = select.ownerDocument.querySelector<HTMLInputElement>(`[data-async-search="${CSS.escape(select.id)}"]`);
  const load = async (query: string): Promise<void> => {
    const url = new URL(select.dataset.asyncSrc ?? '', window.location.href);
    if (query !== '') url.searchParams.set('query', query);
    const response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) return;
    const page = (await response.json()) as { options: readonly AsyncOption[] };
    const chosen = select.value;
    select.querySelectorAll('option[data-dynamic]').forEach((option) => option.remove());
    for (const option of page.options) {
      if (select.querySelector(`option[data-saved][value="${CSS.escape(option.id)}"]`) !== null) continue;
      const element = new Option(optionText(option), option.id, false, option.id === chosen);
      if (option.hint) element.dataset.warning = '1';
      element.dataset.dynamic = '1';
      select.add(element);
    }
    select.dataset.loaded = String(page.options.length);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  search?.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void load(search.value), SEARCH_DELAY_MS);
  });
  void load('');
}
