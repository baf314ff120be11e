// Run as a separate process by tests/unit/print-claim.test.ts: a print queue on the given ledger
// file that, once told "go" on stdin, takes jobs the way the worker does (the oldest free one,
// then the claim) until none is left, and prints the id of each job it claimed.
import { openDatabase } from '../../electron/services/db/open-database';
import { Ledger } from '../../electron/services/ledger/ledger';
import { PrintQueue } from '../../electron/services/printing/print-queue';
import { TestClock } from './counter-fixture';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: claim-jobs-child LEDGER_FILE');
const db = openDatabase(file);
const clock = new TestClock();
const queue = new PrintQueue(db, new Ledger(db, clock), clock, () => []);
process.stdout.write('ready\n');
process.stdin.once('data', () => {
  const claimed: string[] = [];
  for (let job = queue.next(); job; job = queue.next()) if (queue.claim(job)) claimed.push(job.id);
  db.close();
  process.stdout.write(`${JSON.stringify(claimed)}\n`);
});
