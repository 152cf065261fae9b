import { CAPABILITY_NAMES, capabilityName, fromProbes, satisfies } from '../../src/capabilities.js';
import { capabilityFlags } from '../../src/persistence/capability-columns.js';

describe('capabilities, in one home', () => {
  it.each([
    [422, true],
    [400, true],
    [201, true],
    [403, false],
    [500, null],
    [null, null],
  ] as const)('read a write probe answered %s as productsWrite %s', (writeStatus, productsWrite) => {
    expect(fromProbes({ readsProved: true, writeStatus })).toEqual({
      informationRead: true,
      productsRead: true,
      productsWrite,
    });
  });

  it('reads a 507 as writable at a limit of the plan, and keeps what the channels proved', () => {
    expect(fromProbes({ readsProved: true, writeStatus: 507, channelsReadable: false })).toEqual({
      informationRead: true,
      productsRead: true,
      productsWrite: true,
      channelsRead: false,
      planLimitReached: true,
    });
  });

  it('says whether a credential has what a job requires, unknown counting as no', () => {
    const readOnly = fromProbes({ readsProved: true, writeStatus: 403, channelsReadable: null });
    expect(CAPABILITY_NAMES.map((name) => [name, satisfies(readOnly, name)])).toEqual([
      ['products:modify', false],
      ['products:read', true],
      ['channels:read', false],
    ]);
    expect(satisfies(null, 'products:read')).toBe(false);
    expect(satisfies(null, undefined)).toBe(true);
    expect([capabilityName('products:read'), capabilityName('products:delete'), capabilityName(1)]).toEqual([
      'products:read',
      undefined,
      undefined,
    ]);
  });

  it('gives the database flag columns exactly what satisfies says', () => {
    const writable = fromProbes({ readsProved: true, writeStatus: 422, channelsReadable: true });
    expect(capabilityFlags(writable)).toEqual({ canWriteProducts: true, canReadProducts: true, canReadChannels: true });
    expect(capabilityFlags(null)).toEqual({ canWriteProducts: false, canReadProducts: false, canReadChannels: false });
  });
});
