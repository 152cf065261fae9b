import type { FormState } from '../form-handler.js';

/**
 * What a form page submits when saved exactly as shown: every value, every mapping row, the
 * version, secrets as their mask (a kept secret). For tests that save a loaded record again,
 * changing only what they mean to. @public @since 3.1.0
 */
export function submittedAsShown(state: FormState): Record<string, unknown> {
  const rows = (name: string) => Object.fromEntries((state.mappingRows?.[name] ?? []).map((r) => [r.key, r.value]));
  const mappings = Object.fromEntries(Object.keys(state.mappingRows ?? {}).map((name) => [name, rows(name)]));
  return { ...state.values, ...(state.version === undefined ? {} : { version: String(state.version) }), ...mappings };
}
