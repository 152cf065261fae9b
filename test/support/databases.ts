import { openScratch, type Engine, type OpenScratch } from '../fixtures/scratch-databases.js';

export * from '../fixtures/scratch-databases.js';

/** One scratch database for a test file: opened before its first test, dropped after its last. */
export function useScratchDatabase(
  engine: Engine,
  options: { migrate: boolean } = { migrate: true },
): () => OpenScratch {
  let opened: OpenScratch | undefined;
  beforeAll(async () => {
    opened = await openScratch(engine, options);
  });
  afterAll(async () => opened?.close());
  return () => {
    if (opened === undefined) throw new Error('The scratch database is only available inside tests.');
    return opened;
  };
}
