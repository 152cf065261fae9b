import { availableEngines, type Engine } from './databases.js';

const { run, skip } = await availableEngines();

/**
 * Declares `body` once per reachable database engine; an unreachable engine (outside CI) shows up
 * as a skipped suite next to the loud warning printed by `availableEngines`.
 */
export function describeEachEngine(title: string, body: (engine: Engine) => void): void {
  for (const engine of run) describe(`${title} [${engine}]`, () => body(engine));
  for (const engine of skip)
    describe.skip(`${title} [${engine}: unreachable]`, () => it('is skipped', () => undefined));
}
