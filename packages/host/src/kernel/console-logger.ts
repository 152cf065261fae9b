import type { LogFields, Logger } from '@pim/kernel';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

/** One JSON line per entry on stderr, from `minimum` up (PIM_LOG_LEVEL, default info). */
export class ConsoleLogger implements Logger {
  readonly #minimum: number;

  constructor(minimum: Level = 'info') {
    this.#minimum = LEVELS.indexOf(minimum);
  }

  debug(message: string, fields?: LogFields): void {
    this.#write('debug', message, fields);
  }
  info(message: string, fields?: LogFields): void {
    this.#write('info', message, fields);
  }
  warn(message: string, fields?: LogFields): void {
    this.#write('warn', message, fields);
  }
  error(message: string, fields?: LogFields): void {
    this.#write('error', message, fields);
  }

  #write(level: Level, message: string, fields?: LogFields): void {
    if (LEVELS.indexOf(level) < this.#minimum) return;
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
  }
}
