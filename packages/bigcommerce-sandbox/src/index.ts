/**
 * A local HTTP server that answers like the parts of BigCommerce's published API the credentials
 * module calls (written from `bigcommerce/docs`), with configurable stores, tokens and scopes, a
 * catalogue of stores that exercise what the published API allows, and per-route faults for tests.
 */
export { startSandbox } from './sandbox-server.js';
export type { Sandbox, SandboxOptions, SandboxRequest } from './sandbox-api.js';
export {
  sandboxStore,
  channelsOf,
  checkStore,
  describeChannels,
  MAX_LOCALES_PER_STOREFRONT,
  type OptionalChannelField,
  type SandboxChannel,
  type SandboxChannelStatus,
  type SandboxChannelType,
  type SandboxCurrency,
  type SandboxRateLimit,
  type SandboxLocale,
  type SandboxLocaleEdge,
  type SandboxStore,
  type SandboxToken,
  type ScopeLevel,
} from './sandbox-store.js';
export { catalogueLines, sandboxCatalogue, showcaseStore, type CatalogueEntry } from './sandbox-catalogue.js';
export { PRODUCT_FIELDS, MAX_LIMIT } from './sandbox-query.js';
export type { ArmedFault, SandboxFault, SandboxRoute } from './sandbox-fault.js';
