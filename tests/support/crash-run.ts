// Runs a crash child (a script in tests/support) and kills it (SIGKILL) once it has said on
// stdout that its commit is done: the counter PC losing power between the commit and the print.
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** Runs tests/support/SCRIPT with args until a stdout line matches `said`, lets its print worker try the printer that is off, kills it; the line's match. */
export async function runUntilKilled(script: string, args: string[], said: RegExp): Promise<RegExpExecArray> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'tests/support', script), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = said.exec(out);
      if (m) resolve(m);
    });
    child.on('exit', (code) => reject(new Error(`child exited ${code}: ${stderr}`)));
  });
  await new Promise((r) => setTimeout(r, 300)); // its worker finds the printer off
  const exited = new Promise((r) => child.on('exit', r));
  child.kill('SIGKILL');
  await exited;
  return match;
}
