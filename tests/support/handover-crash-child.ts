// Run as a separate process by tests/integration/handover-faults.test.ts: opens a counter that is
// already set up, and for each "next" line on stdin scans the next slip into one handover batch
// through the real dispatcher, printing "added BATCH SLIP" once the dispatcher answered. It waits
// between scans to be killed (SIGKILL), as a counter PC losing power mid-batch.
import { createInterface } from 'node:readline';
import { openCounterApp } from '../../electron/services/counter-app';
import type { CommandOutput } from '../../shared/contract/commands';
import { screenCall } from './receive-dossier';

const [dataDir, clerkId, ...slips] = process.argv.slice(2);
if (!dataDir || !clerkId || slips.length === 0) throw new Error('usage: handover-crash-child DATA_DIR CLERK_ID SLIP...');

const app = openCounterApp({ dataDir });
const call = screenCall(app, 'crash');
await call('auth.signIn', { userId: clerkId, pin: '1357', idempotencyKey: 'handover-crash-sign-in' });
let batchNumber: string | null = null;
const lines = createInterface({ input: process.stdin });
for await (const _line of lines) {
  const slip = slips.shift();
  if (!slip) break;
  const added: CommandOutput<'handover.add'> = await call('handover.add', { batchNumber, scan: slip, idempotencyKey: `handover-crash-add-${slip}` });
  batchNumber = added.batchNumber;
  process.stdout.write(`added ${added.batchNumber} ${added.slipNumber}\n`);
}
setInterval(() => {}, 60_000);
