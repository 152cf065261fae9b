import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'packages/host/dist/cli.js');

/** The reference host as a real process (`node packages/host/dist/cli.js serve`), on a free port. */
export interface HostProcess {
  readonly url: string;
  readonly env: NodeJS.ProcessEnv;
  readonly output: () => string;
  /** Sends SIGTERM, waits for the exit, removes the data folder; resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** Runs a CLI command against the same data folder / database, and returns its output. */
export function cli(env: NodeJS.ProcessEnv, ...args: string[]): string {
  const result = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', timeout: 60_000 });
  if (result.status !== 0) throw new Error(`cli ${args[0]} failed: ${result.stderr}${result.stdout}`);
  return result.stdout;
}

export async function startHostProcess(extraEnv: Record<string, string>): Promise<HostProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'pim-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, PIM_DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', PIM_LOG_LEVEL: 'warn', ...extraEnv };
  let output = '';
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000);
    const check = () => {
      const match = /PIM admin ready at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!.replace(/\/admin$/, ''));
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    env,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
      return child.exitCode;
    },
  };
}
