import { Ajv } from 'ajv';

import { checkManifest, MODULE_MANIFEST_SCHEMA } from '../../src/module-manifest.js';

const valid = {
  id: 'shop',
  name: 'shop.module.name',
  version: '1.2.3',
  kernel: '^3.0.0',
  entry: './dist/index.js',
  locales: './locales',
  permissions: ['shop', 'shop.items'],
};

const cases: readonly [string, unknown][] = [
  ['a valid manifest', valid],
  ['no id', { ...valid, id: undefined }],
  ['an id in capitals', { ...valid, id: 'Shop' }],
  ['a version that is no semver', { ...valid, version: '1.2' }],
  ['an absolute entry', { ...valid, entry: '/dist/index.js' }],
  ['an unknown field', { ...valid, extra: true }],
  ['permissions listed twice', { ...valid, permissions: ['shop', 'shop'] }],
  ['permissions that are not keys', { ...valid, permissions: ['shop', 3] }],
  ['no object at all', ['shop']],
  ['the modules it needs, with their ranges', { ...valid, requires: { 'shop-core': '^1.2.0' } }],
  ['a needed module that is no id', { ...valid, requires: { 'Shop Core': '^1.2.0' } }],
  ['a needed module without a range', { ...valid, requires: { core: '' } }],
  ['a list of needed modules', { ...valid, requires: ['core'] }],
  ['its icons, as SVG files', { ...valid, icons: { shop: './assets/shop.svg' } }],
  ['an icon that is no SVG', { ...valid, icons: { shop: './assets/shop.png' } }],
  ['an icon outside its folder', { ...valid, icons: { shop: '/etc/shop.svg' } }],
];

describe('the module manifest', () => {
  const validate = new Ajv({ strict: false }).compile(MODULE_MANIFEST_SCHEMA);

  it.each(cases)('%s: checkManifest and the JSON Schema agree', (_name, manifest) => {
    const value = JSON.parse(JSON.stringify(manifest)) as unknown;
    expect(checkManifest(value).length === 0).toBe(validate(value));
  });

  it('names what is wrong', () => {
    expect(checkManifest({ ...valid, id: 'Shop', extra: 1 })).toEqual([
      '"id" does not match ^[a-z][a-z0-9-]*$',
      '"extra" is not a manifest field',
    ]);
    expect(checkManifest(valid)).toEqual([]);
    expect(checkManifest({ ...valid, requires: { core: '' }, icons: { shop: 'shop.png' } })).toEqual([
      '"requires.core" must be a non-empty string',
      '"icons.shop" does not match ^\\./[^\\0]+\\.svg$',
    ]);
  });
});
