import type { PimCatalog } from '@pim/kernel';

/** The PIM's active locales and currencies, as configured on the reference host. */
export class StaticPimCatalog implements PimCatalog {
  #locales: readonly string[];
  #currencies: readonly string[];

  constructor(locales: readonly string[], currencies: readonly string[]) {
    this.#locales = [...locales];
    this.#currencies = [...currencies];
  }

  activeLocales(): Promise<readonly string[]> {
    return Promise.resolve(this.#locales);
  }

  activeCurrencies(): Promise<readonly string[]> {
    return Promise.resolve(this.#currencies);
  }

  /** Changes the active sets, as an admin deactivating a locale would. */
  set(locales: readonly string[], currencies: readonly string[]): void {
    this.#locales = [...locales];
    this.#currencies = [...currencies];
  }
}
