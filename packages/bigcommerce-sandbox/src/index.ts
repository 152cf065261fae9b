/**
 * A local HTTP server that answers like the parts of the BigCommerce API the credentials module
 * calls, with configurable stores, tokens and scopes, and per-route faults for tests.
 */
export { startSandbox } from './sandbox-server.js';
export type { Sandbox, SandboxOptions, SandboxRequest } from './sandbox-api.js';
export {
  sandboxStore,
  showcaseStore,
  channelsOf,
  describeChannels,
  type SandboxChannel,
  type SandboxCurrency,
  type SandboxRateLimit,
  type SandboxLocale,
  type SandboxStore,
  type SandboxToken,
  type ScopeLevel,
} from './sandbox-store.js';
export type { ArmedFault, SandboxFault, SandboxRoute } from './sandbox-fault.js';
