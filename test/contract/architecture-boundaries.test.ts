import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

interface PackageJson {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
}

/**
 * The packages of the repository and the folders holding their shipped code. A package's code
 * may import only its own files, node's built-ins and what its package.json lists as
 * dependencies or peers; `loadedIndirectly` names dependencies that are listed without an
 * import because another dependency loads them.
 */
const PACKAGES = [
  {
    dir: '.',
    sources: ['src', 'migrations'],
    // mysql2: TypeORM's driver for MySQL / MariaDB, an optional peer of the module.
    // reflect-metadata: the decorators' metadata, read by inversify, TypeORM and class-transformer.
    loadedIndirectly: ['mysql2', 'reflect-metadata'],
  },
  { dir: 'packages/kernel', sources: ['src'], loadedIndirectly: [] },
  // The database drivers are loaded by TypeORM for the configured DATABASE_URL; preact's JSX
  // runtime is imported by the compiled views (jsxImportSource), not written in them.
  { dir: 'packages/host', sources: ['src', 'browser'], loadedIndirectly: ['mysql2', 'pg'] },
  { dir: 'packages/bigcommerce-sandbox', sources: ['src'], loadedIndirectly: [] },
  // reflect-metadata: the decorators' metadata inversify reads, as for the credentials module.
  { dir: 'packages/bigcommerce-jobs', sources: ['src'], loadedIndirectly: ['reflect-metadata'] },
] as const;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(path) ? [path] : [];
  });
}

/** Every module specifier of a file: static imports, re-exports, dynamic imports. */
function importsOf(file: string): string[] {
  // `from '…'`, `import '…'` and `import('…')`, not the word inside a string such as `type: 'import'`.
  return [...readFileSync(file, 'utf8').matchAll(/(?:^|[\s;(=])(?:from|import)\s*\(?\s*'([^']+)'/gm)].map((m) => m[1]!);
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

const BUILTINS = new Set(builtinModules);
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || BUILTINS.has(packageName(specifier));

describe.each(PACKAGES.map((p) => [p.dir, p] as const))('package %s', (_dir, pkg) => {
  const dir = resolve(root, pkg.dir);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson;
  const declared = new Set([
    ...Object.keys(manifest.dependencies ?? {}),
    ...Object.keys(manifest.peerDependencies ?? {}),
  ]);
  const files = pkg.sources.flatMap((source) => sourceFiles(join(dir, source)));
  const otherPackages = PACKAGES.filter((p) => p.dir !== '.' && p.dir !== pkg.dir).map((p) => resolve(root, p.dir));

  it('has source files', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [relative(root, f), f]))(
    '%s imports only its own files, built-ins and declared dependencies',
    (_name, file) => {
      for (const specifier of importsOf(file)) {
        if (specifier.startsWith('.')) {
          const target = resolve(file, '..', specifier);
          expect([specifier, relative(dir, target).startsWith('..')]).toEqual([specifier, false]);
          expect([specifier, otherPackages.some((other) => target.startsWith(`${other}/`))]).toEqual([
            specifier,
            false,
          ]);
        } else if (!isBuiltin(specifier)) {
          expect([specifier, declared.has(packageName(specifier))]).toEqual([specifier, true]);
        }
      }
    },
  );

  it('lists no dependency it does not use', () => {
    const imported = new Set(
      files
        .flatMap(importsOf)
        .filter((s) => !s.startsWith('.') && !isBuiltin(s))
        .map(packageName),
    );
    const unused = [...declared].filter(
      (name) => !imported.has(name) && !(pkg.loadedIndirectly as readonly string[]).includes(name),
    );
    expect(unused).toEqual([]);
  });
});

describe('the dependency rule', () => {
  const moduleFiles = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'migrations'))];

  it('the module never imports the reference host or the sandbox, and reaches a host only through @pim/kernel', () => {
    const offending = moduleFiles.flatMap((file) =>
      importsOf(file)
        .filter((s) => /^@pim\/(reference-host|bigcommerce-sandbox)/.test(s))
        .map((s) => `${relative(root, file)} → ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('the host never imports the module: it loads modules through their manifests', () => {
    const hostFiles = sourceFiles(join(root, 'packages/host/src'));
    const offending = hostFiles.flatMap((file) =>
      importsOf(file)
        .filter((s) => s.startsWith('@pim/bigcommerce-credentials'))
        .map((s) => `${relative(root, file)} → ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('the jobs module imports only the kernel and the credentials module’s public API, as a third-party connector would', () => {
    const jobFiles = sourceFiles(join(root, 'packages/bigcommerce-jobs/src'));
    expect(jobFiles.length).toBeGreaterThan(5);
    const allowed = new Set(['@pim/kernel', '@pim/bigcommerce-credentials/public-api', 'inversify']);
    const offending = jobFiles.flatMap((file) =>
      importsOf(file)
        .filter((s) => !s.startsWith('.') && !isBuiltin(s) && !allowed.has(s))
        .map((s) => `${relative(root, file)} → ${s}`),
    );
    expect(offending).toEqual([]);
  });

  it('the host knows no module: no BigCommerce word, icon, route or import in its code, styles or page script', () => {
    const hostFiles = ['src', 'browser', 'styles'].flatMap((dir) =>
      readdirSync(join(root, 'packages/host', dir), { recursive: true, encoding: 'utf8' })
        .map((name) => join(root, 'packages/host', dir, name))
        .filter((path) => statSync(path).isFile()),
    );
    expect(hostFiles.length).toBeGreaterThan(40);
    const naming = hostFiles.filter((file) => /bigcommerce/i.test(readFileSync(file, 'utf8')));
    expect(naming.map((file) => relative(root, file))).toEqual([]);
  });

  it("the modules' own tests need no host: their unit, contract and integration tests import none of it", () => {
    const testFiles = [
      'test/unit',
      'test/contract',
      'test/integration',
      'test/support',
      'test/fixtures',
      'packages/bigcommerce-jobs/test',
    ].flatMap((dir) => sourceFiles(join(root, dir)));
    expect(testFiles.length).toBeGreaterThan(20);
    const offending = testFiles.flatMap((file) =>
      importsOf(file)
        .filter((s) => s.startsWith('@pim/reference-host') || /packages\/host\//.test(s))
        .map((s) => `${relative(root, file)} → ${s}`),
    );
    // They load the module with the kernel's test kit, as a third-party module's tests would.
    expect(offending).toEqual([]);
  });

  it('keeps the public contract for jobs self-contained: public-api.ts imports only files that import nothing of the module', () => {
    const own = importsOf(join(root, 'src/public-api.ts')).filter((spec) => spec.startsWith('.'));
    expect(own).toEqual(['./capabilities.js', './capabilities.js']);
    expect(importsOf(join(root, 'src/capabilities.ts')).filter((spec) => spec.startsWith('.'))).toEqual([]);
  });

  it('ships the module without the folders of the other packages', () => {
    expect(readdirSync(join(root, 'src')).filter((name) => ['kernel', 'host', 'sandbox'].includes(name))).toEqual([]);
  });
});
