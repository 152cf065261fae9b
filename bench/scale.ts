/** How much work each benchmark does. */
export interface BenchScale {
  /** Credentials in the admin-list and multi-host databases. */
  readonly listCredentials: number;
  /** Requests per measure of the admin list, split over its rounds. */
  readonly listRequests: number;
  /** Alternating rounds of the admin list (raw SQL, HTML, JSON each round): drift hits all three alike. */
  readonly listRounds: number;
  readonly multiHostRounds: number;
  readonly sessionLookups: number;
  /** Credentials in the provider benchmark's database. */
  readonly providerCredentials: number;
  readonly providerCalls: number;
  readonly providerRounds: number;
  readonly searches: number;
  readonly verificationRounds: number;
  readonly creates: number;
}

/** What `npm run bench` measures, for BENCHMARKS.md. */
export const FULL: BenchScale = {
  listCredentials: 10_000,
  listRequests: 4_000,
  listRounds: 8,
  multiHostRounds: 3,
  sessionLookups: 5_000,
  providerCredentials: 10_000,
  providerCalls: 8_000,
  providerRounds: 16,
  searches: 300,
  verificationRounds: 15,
  creates: 150,
};

/**
 * `--short`: every benchmark once, on little data, so that CI proves each still builds and runs.
 * Its figures mean nothing and are written nowhere.
 */
export const SHORT: BenchScale = {
  listCredentials: 120,
  listRequests: 32,
  listRounds: 1,
  multiHostRounds: 1,
  sessionLookups: 20,
  providerCredentials: 120,
  providerCalls: 32,
  providerRounds: 2,
  searches: 6,
  verificationRounds: 2,
  creates: 3,
};
