/**
 * A local HTTP server that answers like the parts of the BigCommerce API the credentials module
 * calls, with configurable stores, tokens and scopes, and per-route faults for tests.
 */
export { startSandbox, type Sandbox, type SandboxOptions, type SandboxRequest } from './sandbox-server.js';
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
