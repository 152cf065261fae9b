import { inject, injectable } from 'inversify';

import { KERNEL_CLOCK, KERNEL_LOGGER, type Clock, type Logger } from '@pim/kernel';

import { StoreInspector, type ListsReading } from '../bigcommerce/store-inspector.js';
import { BigcommerceError } from '../errors/bigcommerce.errors.js';
import type { CredentialEntity } from '../persistence/credential.entity.js';
import { CredentialRepository, type StoreFacts } from '../persistence/credential.repository.js';
import { CredentialSecrets } from './credential-secrets.js';
import { verificationFields } from './credential.service.js';

/** What is known about a credential's connection after a check: what the edit page's details show. */
export type ConnectionFacts = Pick<
  CredentialEntity,
  'storeName' | 'verifiedAt' | 'verificationOutcome' | 'capabilities'
>;

/** The outcome of "Test connection". */
export type ConnectionCheck =
  | { readonly ok: true; readonly storeName: string; readonly facts: ConnectionFacts }
  | { readonly ok: false; readonly error: BigcommerceError; readonly facts: ConnectionFacts };

/**
 * Asks BigCommerce again about a stored credential: "Test connection" (verification and the
 * store's lists) and "Refresh from store" (the lists alone). What is learnt is kept only while the
 * credential still has the URL and token it was learnt with (an edit saved meanwhile wins).
 */
@injectable()
export class ConnectionCheckService {
  constructor(
    @inject(CredentialRepository) private readonly credentials: CredentialRepository,
    @inject(StoreInspector) private readonly inspector: StoreInspector,
    @inject(CredentialSecrets) private readonly secrets: CredentialSecrets,
    @inject(KERNEL_CLOCK) private readonly clock: Clock,
    @inject(KERNEL_LOGGER) private readonly logger: Logger,
  ) {}

  /** Re-verifies the stored credential, re-reads the store's lists, and records the outcome with a history entry. */
  async check(id: number): Promise<ConnectionCheck> {
    const current = await this.credentials.get(id);
    const { accessToken, accessTokenSealed } = await this.secrets.accessTokenOf(id);
    let facts: StoreFacts;
    let error: BigcommerceError | null = null;
    try {
      const inspection = await this.inspector.inspect(
        { apiUrl: current.apiUrl, storeHash: current.storeHash, accessToken },
        current.storeLists,
      );
      facts = { ...verificationFields(inspection), storeLists: inspection.reading.lists };
    } catch (caught) {
      if (!(caught instanceof BigcommerceError)) throw caught;
      error = caught;
      facts = { verifiedAt: this.clock.now(), verificationOutcome: caught.code };
    }
    const history = [
      { field: 'verificationOutcome', old: current.verificationOutcome, new: facts.verificationOutcome },
    ];
    // An edit that replaced the URL or the token meanwhile wins: this outcome is about the old one.
    if (!(await this.credentials.recordStoreFacts(id, facts, { apiUrl: current.apiUrl, accessTokenSealed }, history))) {
      this.logger.debug('connection test outcome dropped: the credential changed meanwhile', { credentialId: id });
    }
    const known: ConnectionFacts = {
      storeName: facts.storeName ?? current.storeName,
      verifiedAt: facts.verifiedAt ?? current.verifiedAt,
      verificationOutcome: facts.verificationOutcome ?? current.verificationOutcome,
      capabilities: facts.capabilities ?? current.capabilities,
    };
    return error === null
      ? { ok: true, storeName: known.storeName ?? current.storeHash, facts: known }
      : { ok: false, error, facts: known };
  }

  /** Re-reads the store's currencies and languages and keeps them (a list that fails keeps its last value). */
  async refreshLists(id: number): Promise<ListsReading> {
    const current = await this.credentials.get(id);
    const { accessToken, accessTokenSealed } = await this.secrets.accessTokenOf(id);
    const reading = await this.inspector.readLists(
      { apiUrl: current.apiUrl, storeHash: current.storeHash, accessToken },
      current.storeLists,
    );
    // Whether the token may list storefronts is learnt again too: the scope may have been added since.
    const capabilities =
      current.capabilities !== null && reading.channelsReadable !== null
        ? { capabilities: { ...current.capabilities, channelsRead: reading.channelsReadable } }
        : {};
    if (
      reading.lists !== null &&
      !(await this.credentials.recordStoreFacts(
        id,
        { storeLists: reading.lists, ...capabilities },
        { apiUrl: current.apiUrl, accessTokenSealed },
      ))
    ) {
      this.logger.debug('store lists dropped: the credential changed meanwhile', { credentialId: id });
    }
    return reading;
  }
}
