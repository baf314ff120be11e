import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** True when the module at `moduleUrl` is the script node (or tsx) was started with. */
export function isEntryPoint(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(realpathSync(script)).href === moduleUrl;
}

/**
 * Ends the process with `code` once everything written to stdout and stderr has been handed to
 * the OS. A bare process.exit() drops whatever a slow reader on a pipe has not taken yet (a
 * script reading `--json ledger entries` got the first 64 KiB); waiting for the write callbacks
 * keeps every byte, and still ends a command that left a handle open (a port, the PIN prompt).
 */
export function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let open = 2;
  const flushed = () => {
    if (--open === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}
