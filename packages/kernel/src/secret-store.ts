/**
 * Secrets a module stored, sealed with the host's cipher: what a host re-seals when it rotates
 * keys, and asks about before it serves.
 * @public
 */
export interface SecretStore {
  /**
   * Re-encrypts every value sealed with a key other than the current one and returns how many
   * records it re-sealed. Each record is replaced only if it still holds the values that were
   * read (compare-and-set), so an edit saved meanwhile is never undone; such a record is left
   * for the next call.
   */
  reseal(): Promise<number>;
  /**
   * How many records each key id has sealed: what a host checks at boot (does it hold every key
   * in use?) and after a rotation (is any record left on an old key?). One cheap query.
   */
  keyUsage(): Promise<ReadonlyMap<string, number>>;
}
