import type { Capabilities } from '../capabilities.js';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn, type ValueTransformer } from 'typeorm';

import { FIELD_LIMITS, TABLES } from '../constants.js';
import type { CodeMapping, CredentialStatus, StoreListsSnapshot } from '../domain.js';
import { jsonColumn } from './json-column.transformer.js';

/** The `status` column is a boolean (true: active), the status a word. */
const statusColumn: ValueTransformer = {
  to: (status: CredentialStatus | undefined) => (status === undefined ? undefined : status === 'active'),
  from: (raw: boolean | number | null) => (raw === true || Number(raw) === 1 ? 'active' : 'inactive'),
};

/**
 * A stored BigCommerce credential. Secrets are sealed by the host's cipher before they reach
 * this entity and are not selected unless asked for by name.
 */
@Entity({ name: TABLES.credentials })
export class CredentialEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: FIELD_LIMITS.label })
  label!: string;

  /** The label as a person reads it, hashed (see `labelKey`): unique, so one label per credential on every engine. */
  @Column({ name: 'label_key', type: 'varchar', length: 64, nullable: true, select: false })
  labelKey!: string | null;

  /** Canonical `https://<origin>/stores/<hash>/`. */
  @Column({ name: 'api_url', type: 'varchar', length: FIELD_LIMITS.apiUrl })
  apiUrl!: string;

  @Column({ name: 'store_hash', type: 'varchar', length: 64 })
  storeHash!: string;

  @Column({ name: 'client_id', type: 'varchar', length: FIELD_LIMITS.clientId })
  clientId!: string;

  @Column({ name: 'client_secret_sealed', type: 'text', select: false })
  clientSecretSealed!: string;

  @Column({ name: 'access_token_sealed', type: 'text', select: false })
  accessTokenSealed!: string;

  /** The key both secrets are sealed with; null on rows not re-sealed since it was added. */
  @Column({ name: 'secret_key_id', type: 'varchar', length: 32, nullable: true, select: false })
  secretKeyId!: string | null;

  @Column({ type: 'boolean', transformer: statusColumn })
  status!: CredentialStatus;

  @Column({ name: 'default_currency', type: 'varchar', length: FIELD_LIMITS.currency, nullable: true })
  defaultCurrency!: string | null;

  @Column({ name: 'default_locale', type: 'varchar', length: FIELD_LIMITS.locale, nullable: true })
  defaultLocale!: string | null;

  @Column({ name: 'locale_mapping', type: 'text', nullable: true, transformer: jsonColumn<CodeMapping>() })
  localeMapping!: CodeMapping | null;

  @Column({ name: 'currency_mapping', type: 'text', nullable: true, transformer: jsonColumn<CodeMapping>() })
  currencyMapping!: CodeMapping | null;

  /** The storefronts (channel ids) this credential serves; null: the store's default storefront. */
  @Column({ name: 'channel_ids', type: 'text', nullable: true, transformer: jsonColumn<number[]>() })
  channelIds!: readonly number[] | null;

  @Column({ name: 'store_name', type: 'varchar', length: 255, nullable: true })
  storeName!: string | null;

  @Column({ name: 'verified_at', type: Date, nullable: true })
  verifiedAt!: Date | null;

  /** `ok` or the code of the verification error, e.g. `token-invalid`. */
  @Column({ name: 'verification_outcome', type: 'varchar', length: 64, nullable: true })
  verificationOutcome!: string | null;

  @Column({ type: 'text', nullable: true, transformer: jsonColumn<Capabilities>() })
  capabilities!: Capabilities | null;

  /** `capabilities` satisfies `products:modify` (see capability-columns.ts): what a job filter asks. */
  @Column({ name: 'can_write_products', type: 'boolean', default: false, select: false })
  canWriteProducts!: boolean;

  /** `capabilities` satisfies `products:read`. */
  @Column({ name: 'can_read_products', type: 'boolean', default: false, select: false })
  canReadProducts!: boolean;

  /** `capabilities` satisfies `channels:read`. */
  @Column({ name: 'can_read_channels', type: 'boolean', default: false, select: false })
  canReadChannels!: boolean;

  @Column({ name: 'store_lists', type: 'text', nullable: true, transformer: jsonColumn<StoreListsSnapshot>() })
  storeLists!: StoreListsSnapshot | null;

  @VersionColumn({ type: 'integer' })
  version!: number;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: Date })
  updatedAt!: Date;
}
