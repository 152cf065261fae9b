import type { MigrationClass } from '@pim/kernel';
import { PimCreateUsers1767139200000 } from './1767139200000-create-users.migration.js';

/** The reference host's own migrations, run before the modules'. */
export const hostMigrations: readonly MigrationClass[] = [PimCreateUsers1767139200000];
