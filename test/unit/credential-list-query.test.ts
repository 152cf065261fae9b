import { InvalidDatagridQueryError, type DatagridQuery } from '@pim/kernel';

import {
  containsPattern,
  lastPage,
  parseCredentialListQuery,
  searchText,
} from '../../src/persistence/credential-list.query.js';

describe('the list query parser', () => {
  it.each([
    'constructor',
    '__proto__',
    'toString',
    'valueOf',
    'hasOwnProperty',
    'isPrototypeOf',
    'label; DROP TABLE x',
    '',
  ])('refuses to sort on %j', (column) => {
    expect(() => parseCredentialListQuery({ sort: { column, order: 'asc' } })).toThrow(InvalidDatagridQueryError);
  });

  it('sorts on the whitelisted columns only, asc or desc, and bounds paging', () => {
    expect(parseCredentialListQuery({ sort: { column: 'status', order: 'DESC' } })).toMatchObject({
      sortProperty: 'status',
      order: 'desc',
    });
    expect(parseCredentialListQuery({})).toMatchObject({
      sortProperty: 'label',
      order: 'asc',
      page: 1,
      perPage: 10,
      search: null,
      statuses: [],
    });
    const refused: DatagridQuery[] = [
      { sort: { column: 'label', order: 'sideways' } },
      { perPage: 101 },
      { perPage: 0 },
      { page: 1.5 },
      { filters: { constructor: ['1'] } },
      { filters: { status: ['maybe'] } },
    ];
    for (const query of refused) {
      expect(() => parseCredentialListQuery(query)).toThrow(InvalidDatagridQueryError);
    }
    expect(parseCredentialListQuery({ filters: { status: ['1', 'inactive', 'active'] } }).statuses).toEqual([
      'active',
      'inactive',
    ]);
  });

  it('searches for what a person typed: NFC, without invisible characters, bounded', () => {
    expect(searchText('  Cafe\u0301\u200B ')).toBe('Café');
    expect(searchText('\u200B\u0000 ')).toBeNull();
    expect(searchText('x'.repeat(1000))).toHaveLength(255);
  });

  it('reads the status filter in the spellings hosts send, once each', () => {
    expect(parseCredentialListQuery({ filters: { status: ['1', 'TRUE', ' active '] } }).statuses).toEqual(['active']);
    expect(parseCredentialListQuery({ filters: { status: ['0', 'false'] } }).statuses).toEqual(['inactive']);
    expect(parseCredentialListQuery({ filters: { status: [] } }).statuses).toEqual([]);
  });

  it('counts the last page of a list, one when it is empty', () => {
    expect([lastPage(0, 10), lastPage(1, 10), lastPage(10, 10), lastPage(11, 10), lastPage(250, 100)]).toEqual([
      1, 1, 1, 2, 3,
    ]);
  });

  it('turns a search into a LIKE pattern whose wildcards are literal', () => {
    expect(containsPattern('Shop')).toBe('%shop%');
    expect(containsPattern('50%_off!')).toBe('%50!%!_off!!%');
  });
});
