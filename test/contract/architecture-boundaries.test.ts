import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
}

/** The only files of the module a host may import. */
const PUBLIC_ENTRIES = ['src/index.js', 'src/public-api.js'];

const part = (file: string): 'kernel' | 'host' | 'sandbox' | 'module' => {
  const rel = relative(join(root, 'src'), file);
  if (rel.startsWith('kernel/')) return 'kernel';
  if (rel.startsWith('host/')) return 'host';
  if (rel.startsWith('sandbox/')) return 'sandbox';
  return 'module';
};

describe('architecture boundaries', () => {
  it('keeps the public contract for jobs self-contained: public-api.ts imports nothing of the module', () => {
    expect(importsOf(join(root, 'src/public-api.ts')).filter((spec) => spec.startsWith('.'))).toEqual([]);
  });

  const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'migrations'))];

  it.each(files.map((f) => [relative(root, f), f]))('%s imports only what its part may import', (_name, file) => {
    const from = part(file);
    for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
      const target = part(join(file, '..', spec));
      if (from === 'kernel' || from === 'sandbox') expect(target).toBe(from);
      if (from === 'module') expect(['module', 'kernel']).toContain(target);
      if (from === 'host' && target === 'module') expect(PUBLIC_ENTRIES).toContain(relative(root, join(file, '..', spec)));
    }
  });
});
