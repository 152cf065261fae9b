import { availableEngines, openScratch, type Engine, type OpenScratch, type SchemaSource } from './scratch-database.js';

/*
 * Suites per engine, for any test runner with `describe`, `beforeAll` and `afterAll` globals
 * (Jest, Vitest, Mocha's bdd interface).
 */
declare const describe: { (title: string, body: () => void): void; skip(title: string, body: () => void): void };
declare const it: (title: string, body: () => void) => void;
declare const beforeAll: (fn: () => Promise<void>) => void;
declare const afterAll: (fn: () => Promise<void>) => void;

/**
 * Declares `body` once per engine this run reaches (`describe('title [engine]')`); an unreachable
 * engine shows as a skipped suite beside a loud warning, and fails the run with `CI=true`. Await
 * it at the top of an ES module test file. @public
 */
export async function eachEngine(title: string, schema: SchemaSource, body: (engine: Engine) => void): Promise<void> {
  const { run, skip } = await availableEngines(schema);
  for (const engine of run) describe(`${title} [${engine}]`, () => body(engine));
  for (const engine of skip)
    describe.skip(`${title} [${engine}: unreachable]`, () => it('is skipped', () => undefined));
}

/**
 * One scratch database for a suite: created and migrated before its first test, dropped after its
 * last. Call the returned function inside tests. @public
 */
export function useScratchDatabase(
  engine: Engine,
  schema: SchemaSource,
  options: { readonly migrate?: boolean } = {},
): () => OpenScratch {
  let opened: OpenScratch | undefined;
  beforeAll(async () => {
    opened = await openScratch(engine, schema, options);
  });
  afterAll(async () => opened?.close());
  return () => {
    if (opened === undefined) throw new Error('The scratch database is only available inside tests.');
    return opened;
  };
}
