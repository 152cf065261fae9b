import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from the sources or from a benchmark's compiled copy of this file. */
function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'packages/host/package.json'))) {
    if (dirname(dir) === dir) throw new Error('The repository root was not found above the test support.');
    dir = dirname(dir);
  }
  return dir;
}

const CLI = join(repositoryRoot(), 'packages/host/dist/cli.js');
/** `npm run demo`'s script, as `npm run build` compiles it: the sandbox and the host, wired from the repository. */
const DEMO = join(repositoryRoot(), 'dist/demo-run/demo/demo.js');

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

/** Runs a CLI command without blocking, and resolves with its exit code and output, whatever the code. */
export function cliRun(
  env: NodeJS.ProcessEnv,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** The same, for a command that must succeed: rejects with its output otherwise. */
export async function cliAsync(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ stdout: string; stderr: string }> {
  const { code, stdout, stderr } = await cliRun(env, ...args);
  if (code !== 0) throw new Error(`cli ${args[0]} exited with ${code}: ${stderr}${stdout}`);
  return { stdout, stderr };
}

/** Starts `serve` (or the demo) in a data folder of its own (removed by `stop`), unless `extraEnv` names one. */
export async function startHostProcess(
  extraEnv: Record<string, string>,
  command: 'serve' | 'demo' = 'serve',
): Promise<HostProcess> {
  const ownDataDir = extraEnv.PIM_DATA_DIR === undefined ? mkdtempSync(join(tmpdir(), 'pim-e2e-')) : null;
  const removeDataDir = () => ownDataDir !== null && rmSync(ownDataDir, { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PIM_DATA_DIR: ownDataDir ?? undefined,
    HOST: '127.0.0.1',
    PORT: '0',
    PIM_LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  let output = '';
  const args = command === 'demo' ? [DEMO] : [CLI, command];
  const child: ChildProcess = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
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
  }).catch((error: unknown) => {
    child.kill('SIGKILL');
    removeDataDir();
    throw error;
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
      removeDataDir();
      return child.exitCode;
    },
  };
}
