import { createInterface } from 'node:readline';

/** Lines of a piped standard input, shared by every read: one interface, or a second read would lose what the first one buffered. */
let pipedLines: AsyncIterator<string> | null = null;

/**
 * Reads a PIN from standard input, never from the command line (which other users of the
 * machine can see in the process list). At a terminal the typing is not echoed; from a pipe
 * each call takes the next line (a manager's PIN, then the new user's).
 */
export async function readSecret(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    pipedLines ??= createInterface({ input, terminal: false })[Symbol.asyncIterator]();
    const next = await pipedLines.next();
    return next.done ? '' : next.value.trim();
  }
  process.stderr.write(prompt);
  // Listened to rather than iterated: ending an iteration would close standard input, and the
  // console may ask for a second PIN.
  return new Promise<string>((resolve, reject) => {
    let typed = '';
    const finish = (error: Error | null) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return finish(null);
        if (ch === '\u0003') return finish(new Error('Đã hủy / cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    input.setRawMode(true);
    input.on('data', onData);
    input.resume();
  });
}
