// Run as a separate process by tests/integration/results-faults.test.ts: opens a counter whose
// dossier's result is checked in, returns it at the counter through the real dispatcher while
// the printer is off, says so on stdout, and waits to be killed (SIGKILL) — the app dying after
// the return's commit and before its hand-over slip is printed.
import { openCounterApp } from '../../electron/services/counter-app';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract/commands';
import type { CommandResult } from '../../shared/contract/result';

const [dataDir, clerkId, slip] = process.argv.slice(2);
if (!dataDir || !clerkId || !slip) throw new Error('usage: return-crash-child DATA_DIR CLERK_ID SLIP');

const app = openCounterApp({ dataDir, printing: { backoffMs: [100], connectTimeoutMs: 500, statusTimeoutMs: 300, idleProbeMs: 0 } });
await app.startDevices();
const call = async <N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>> => {
  const r = (await app.dispatch(name, input, { lang: 'vi', via: 'screen', sessionId: 'crash' })) as CommandResult<CommandOutput<N>>;
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value;
};
await call('auth.signIn', { userId: clerkId, pin: '1357', idempotencyKey: 'crash-sign-in-1' });
const done = await call('results.return', {
  scan: slip,
  receiver: { kind: 'applicant', idNumber: '014190001234' },
  fee: { amountVnd: 50_000, method: 'cash', receiptNumber: 'BL-0001' },
  reclaimed: [],
  idempotencyKey: 'crash-return-1',
});
process.stdout.write(`returned ${done.slipNumber} ${done.seq}\n`);
// Keep running until killed; the worker keeps trying the printer that is off.
setInterval(() => {}, 60_000);
