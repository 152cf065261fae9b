import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { assetsHash } from '../../src/http/admin-assets.js';

describe('the asset hash', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'pim-assets-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('changes with any served byte or name, and with nothing else in the folder', () => {
    writeFileSync(join(dir, 'app.css'), 'a{}');
    writeFileSync(join(dir, 'app.js'), 'x();');
    const first = assetsHash([dir]);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(assetsHash([dir])).toBe(first);
    writeFileSync(join(dir, 'notes.tsbuildinfo'), 'not served');
    expect(assetsHash([dir])).toBe(first);
    writeFileSync(join(dir, 'app.js'), 'y();');
    const second = assetsHash([dir]);
    expect(second).not.toBe(first);
    writeFileSync(join(dir, 'extra.js'), '');
    expect(assetsHash([dir])).not.toBe(second);
  });
});
