import type { MigrationClass } from '@pim/kernel';

import { PimCreateUsers1767139200000 } from './1767139200000-create-users.migration.js';
import { PimSharedState1767398400000 } from './1767398400000-shared-state.migration.js';
import { PimJobProfiles1767830400000 } from './1767830400000-job-profiles.migration.js';

/** The reference host's own migrations, run with the modules' in timestamp order. */
export const hostMigrations: readonly MigrationClass[] = [
  PimCreateUsers1767139200000,
  PimSharedState1767398400000,
  PimJobProfiles1767830400000,
];
