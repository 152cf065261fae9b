import { sandboxCatalogue, type CatalogueEntry } from '@pim/bigcommerce-sandbox';
import type { FormHandler, FormResult, FormState } from '@pim/kernel';
import { submittedAsShown } from '@pim/kernel/testing';

import { CredentialFormHandler } from '../../src/admin/credential.form-handler.js';
import { useScratchDatabase } from '../support/databases.js';
import { moduleContainer } from '../support/module-harness.js';
import { useSandbox } from '../support/use-sandbox.js';

/*
 * One rule for what is offered, prefilled and accepted, as a property over every store of the
 * sandbox's catalogue and every storefront choice: a new credential saves again unchanged, and
 * after any change of storefronts the page exactly as shown saves without adjusting anything.
 * The logic is the module's, whatever the engine: this runs on SQLite alone.
 */

const CATALOGUE = sandboxCatalogue('plain1', 'Plain Outfitters');
const sandbox = useSandbox({ stores: CATALOGUE.map((e) => e.store) });
const scratch = useScratchDatabase('sqlite');

/** The storefront choices to try: every non-empty subset of up to 4 choosable ones, more bounded beyond. */
function choices(state: FormState): string[][] {
  const ids = (state.options?.['channelIds'] ?? []).filter((o) => o.inactive !== true).map((o) => o.id);
  const first = ids.slice(0, 4);
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << first.length; mask++) subsets.push(first.filter((_, i) => (mask & (1 << i)) !== 0));
  if (ids.length > first.length) subsets.push(ids, ids.slice(-3));
  return subsets;
}

describe('a new credential can always be saved again', () => {
  let forms: FormHandler;

  beforeEach(async () => {
    await scratch().dataSource.query('DELETE FROM bigcommerce_credentials');
    const harness = moduleContainer({ dataSource: scratch().dataSource, origins: [sandbox().origin] });
    forms = harness.container.get(CredentialFormHandler);
  });

  const ok = (result: FormResult) => {
    if (!result.ok) throw new Error(`refused (${result.status}): ${result.message} ${JSON.stringify(result.errors)}`);
    return result;
  };
  const updated = (label: string) => `Credential "${label}" updated.`;

  const saving = CATALOGUE.filter((e) => e.saves).map((e) => [e.store.name, e] as const);
  it.each(saving)('%s: create, Update unchanged, every storefront choice, Update inactive', async (_name, entry) => {
    const label = `Saved ${entry.store.hash}`;
    const created = ok(
      await forms.create({
        label,
        apiUrl: sandbox().apiUrl(entry.store.hash),
        clientId: 'client',
        clientSecret: 'secret',
        accessToken: entry.token,
        status: 'active',
      }),
    );
    const id = created.id;
    const page = async () => (await forms.load(id))!;
    expect(ok(await forms.update(id, submittedAsShown(await page()))).message).toBe(updated(label));

    for (const channelIds of choices(await page())) {
      // Ticking other storefronts and saving: what they do not offer is fitted, never refused.
      ok(await forms.update(id, { ...submittedAsShown(await page()), channelIds }));
      const shown = await page();
      expect([channelIds, shown.values['channelIds']]).toEqual([channelIds, channelIds]);
      // The page shown after it saves exactly as it is: nothing left to fit, nothing refused.
      expect([channelIds, ok(await forms.update(id, submittedAsShown(shown))).message]).toEqual([
        channelIds,
        updated(label),
      ]);
      expect(shown.notices?.some((n) => n.text.includes('saving will adjust'))).toBe(false);
    }
    expect(ok(await forms.update(id, { ...submittedAsShown(await page()), status: 'inactive' })).message).toBe(
      updated(label),
    );
    expect((await page()).values['status']).toBe('inactive');
  });

  it.each(CATALOGUE.filter((e) => !e.saves).map((e) => [e.store.name, e] as const))(
    '%s: refused with a clear error on its field, nothing stored',
    async (_name, entry: CatalogueEntry) => {
      const result = await forms.create({
        label: `Refused ${entry.store.hash}`,
        apiUrl: sandbox().apiUrl(entry.store.hash),
        clientId: 'client',
        clientSecret: 'secret',
        accessToken: entry.token,
        status: 'active',
      });
      expect(result).toMatchObject({ ok: false, status: 422 });
      const errors = !result.ok ? Object.values(result.errors).flat().join(' ') : '';
      expect(errors).toMatch(/suspended|API account was deleted/);
      expect(await scratch().dataSource.query('SELECT id FROM bigcommerce_credentials')).toEqual([]);
    },
  );
});
