import type { MigrationClass } from '@pim/kernel';

import { BigcommerceCreateCredentialTables1767225600000 } from './1767225600000-create-credential-tables.migration.js';
import { BigcommerceAddStoreLists1767312000000 } from './1767312000000-add-store-lists.migration.js';
import { BigcommerceAddSecretKeyId1767484800000 } from './1767484800000-add-secret-key-id.migration.js';
import { BigcommerceLabelKey1767571200000 } from './1767571200000-label-key.migration.js';
import { BigcommerceStorefronts1767744000000 } from './1767744000000-storefronts.migration.js';
import { BigcommerceStoreListsRoom1767916800000 } from './1767916800000-store-lists-room.migration.js';
import { BigcommerceCapabilityFlags1768003200000 } from './1768003200000-capability-flags.migration.js';

/** Every migration of the module, oldest first. Never edit a released one; append a new one. */
export const migrations: readonly MigrationClass[] = [
  BigcommerceCreateCredentialTables1767225600000,
  BigcommerceAddStoreLists1767312000000,
  BigcommerceAddSecretKeyId1767484800000,
  BigcommerceLabelKey1767571200000,
  BigcommerceStorefronts1767744000000,
  BigcommerceStoreListsRoom1767916800000,
  BigcommerceCapabilityFlags1768003200000,
];
