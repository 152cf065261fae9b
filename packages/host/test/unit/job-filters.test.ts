import type { JobDeclaration, OptionQuery, OptionSource, OptionSourceRegistration } from '@pim/kernel';

import { readFilters, sourceParams } from '../../src/jobs/job-filters.js';

/** A store's storefronts by credential: what a dependent source would offer. */
const STOREFRONTS: Readonly<Record<string, readonly string[]>> = { '1': ['10', '11'], '2': ['20'] };
const asked: OptionQuery[] = [];

class Credentials implements OptionSource {
  list(query: OptionQuery) {
    asked.push(query);
    const offered = query.params?.capability === 'write' ? ['1'] : ['1', '2'];
    const ids = query.ids ?? offered;
    return Promise.resolve({
      options: ids.map((id) => ({ id, label: `#${id}`, ...(offered.includes(id) ? {} : { inactive: true }) })),
      page: 1,
      lastPage: 1,
    });
  }
}
class Storefronts implements OptionSource {
  list(query: OptionQuery) {
    asked.push(query);
    const offered = STOREFRONTS[query.params?.credential ?? ''] ?? [];
    return Promise.resolve({
      options: (query.ids ?? offered).filter((id) => offered.includes(id)).map((id) => ({ id, label: id })),
      page: 1,
      lastPage: 1,
    });
  }
}

const credentials: OptionSourceRegistration = { name: 'x.credentials', source: Credentials, permission: 'x' };
const storefronts: OptionSourceRegistration = { name: 'x.storefronts', source: Storefronts, permission: 'x' };
const JOB: JobDeclaration = {
  code: 'x.export',
  type: 'export',
  titleKey: 't',
  permission: 'x',
  savePermission: 'x',
  filters: [
    {
      type: 'options',
      name: 'credential',
      labelKey: 'Credential',
      required: true,
      source: credentials,
      params: { capability: 'write' },
    },
    {
      type: 'options',
      name: 'storefronts',
      labelKey: 'Storefronts',
      multiple: true,
      source: storefronts,
      dependsOn: { field: 'credential', as: 'credential' },
    },
    { type: 'text', name: 'sku', labelKey: 'SKU', maxLength: 5 },
    { type: 'textarea', name: 'notes', labelKey: 'Notes', maxLength: 50 },
    { type: 'select', name: 'status', labelKey: 'Status', options: [{ value: 'all', labelKey: 'All' }] },
    { type: 'switch', name: 'dry', labelKey: 'Dry run' },
  ],
};

const sourceOf = (registration: OptionSourceRegistration) =>
  registration === credentials ? new Credentials() : new Storefronts();
const t = (key: string, params: Readonly<Record<string, string | number>> = {}) =>
  `${key}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`;
const read = (submitted: Record<string, string | string[]>) => readFilters(JOB, submitted, sourceOf, t);

describe('a submitted job profile, read as its declaration says', () => {
  beforeEach(() => asked.splice(0));

  it('keeps what the sources confirm, asking a dependent source with the value it depends on, and leaves empty filters out', async () => {
    expect(
      await read({
        credential: '1',
        storefronts: ['', '11', '11'],
        sku: ' AB-1 ',
        notes: 'a\nb',
        status: 'all',
        dry: '1',
      }),
    ).toEqual({
      values: { credential: '1', storefronts: ['11'], sku: 'AB-1', notes: 'a\nb', status: 'all', dry: true },
      errors: {},
    });
    expect(asked).toEqual([
      { ids: ['1'], params: { capability: 'write' } },
      { ids: ['11'], params: { credential: '1' } },
    ]);
    expect(await read({ credential: '1', storefronts: [''], notes: '', dry: '0' })).toEqual({
      values: { credential: '1' },
      errors: {},
    });
  });

  it('refuses what a source does not offer or marks inactive, for the credential chosen now', async () => {
    expect((await read({ credential: '2' })).errors).toEqual({ credential: ['host.jobs.not-offered {"value":"2"}'] });
    // A storefront of credential 2 is not one of credential 1's.
    expect((await read({ credential: '1', storefronts: ['20'] })).errors).toEqual({
      storefronts: ['host.jobs.not-offered {"value":"20"}'],
    });
    expect((await read({ storefronts: ['10'] })).errors).toEqual({
      credential: ['host.jobs.required'],
      storefronts: ['host.jobs.parent-first {"field":"Credential"}'],
    });
  });

  it('refuses a text too long or holding control characters, a line break in one line, and a choice not offered', async () => {
    expect((await read({ credential: '1', sku: 'ABCDEF', notes: 'a\u0007b', status: 'some' })).errors).toEqual({
      sku: ['host.jobs.too-long {"max":5}'],
      notes: ['host.jobs.invalid-text'],
      status: ['host.jobs.invalid-choice'],
    });
    expect((await read({ credential: '1', sku: 'A\nB' })).errors).toEqual({ sku: ['host.jobs.invalid-text'] });
    const many = Array.from({ length: 101 }, (_, i) => String(i));
    expect((await read({ credential: '1', storefronts: many })).errors).toEqual({
      storefronts: ['host.jobs.too-many {"max":100}'],
    });
  });

  it('passes a dependent source the field it depends on, a list comma-joined, nothing when it is empty', () => {
    const dependent = JOB.filters[1]!;
    if (dependent.type !== 'options') throw new Error('an options field');
    expect(sourceParams(dependent, { credential: '7' })).toEqual({ credential: '7' });
    expect(sourceParams(dependent, { credential: ['7', '8'] })).toEqual({ credential: '7,8' });
    expect(sourceParams(dependent, {})).toEqual({ credential: '' });
  });
});
