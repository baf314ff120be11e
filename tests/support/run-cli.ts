import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs one of the project's TypeScript command lines (`script`, from the project's root) as a
 * real Node process, as its npm script does: `stdin` is written and closed, `env` is the whole
 * environment (the tester's own by default), and the exit code and both outputs are collected.
 */
export function runScript(script: string, args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, env: options.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

/** Runs the technicians' console as a real process, as `npm run -s counter --` does. */
export function runCli(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  // PIN pepper files (one per counter, named by its device id) go to a scratch folder, not the tester's home.
  return runScript('electron/hosts/cli.ts', args, { ...options, env: { COUNTER_SECRET_DIR: join(tmpdir(), 'onestop-counter-test-keys'), ...process.env, ...options.env } });
}
