// Run as a separate process by tests/integration/results-faults.test.ts: opens a counter whose
// dossier's result is checked in, returns it at the counter through the real dispatcher while
// the printer is off, says so on stdout, and waits to be killed (SIGKILL) — the app dying after
// the return's commit and before its hand-over slip is printed.
import { clerkAtCounter } from './crash-counter';

const [dataDir, clerkId, slip] = process.argv.slice(2);
if (!dataDir || !clerkId || !slip) throw new Error('usage: return-crash-child DATA_DIR CLERK_ID SLIP');

const call = await clerkAtCounter(dataDir, clerkId);
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
