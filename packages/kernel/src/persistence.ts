/**
 * True when a TypeORM query failed on a unique index, on MySQL / MariaDB, PostgreSQL or SQLite:
 * how hosts and modules let the database settle a race (two creates of one name, two first boots)
 * and turn the loser into a clear answer. Recognised by the driver's error code, so it works
 * whichever copy of TypeORM raised it.
 * @public
 * @since 1.1.0
 */
export function isUniqueViolation(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const driverError = (error as { driverError?: { code?: unknown; errno?: unknown } }).driverError;
  const code = driverError?.code;
  return (
    code === 'ER_DUP_ENTRY' ||
    driverError?.errno === 1062 ||
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    (code === 'SQLITE_CONSTRAINT' && /UNIQUE|PRIMARY KEY/i.test(String((error as { message?: unknown }).message)))
  );
}
