import type { ModuleSettings } from '@pim/kernel';

/** Module settings held in memory: what the reference host builds from its environment. */
export class StaticModuleSettings implements ModuleSettings {
  readonly #origins: ReadonlyMap<string, readonly string[]>;
  readonly #values: ReadonlyMap<string, Readonly<Record<string, string>>>;

  constructor(
    origins: Readonly<Record<string, readonly string[]>> = {},
    values: Readonly<Record<string, Readonly<Record<string, string>>>> = {},
  ) {
    this.#origins = new Map(Object.entries(origins));
    this.#values = new Map(Object.entries(values));
  }

  allowedOrigins(moduleId: string): readonly string[] {
    return this.#origins.get(moduleId) ?? [];
  }

  get(moduleId: string, name: string): string | undefined {
    return this.#values.get(moduleId)?.[name];
  }
}
