// Run as a separate process by tests/integration/one-writer-load.test.ts: a second writer on a
// counter's data folder. It first tries to start its devices as a second host would, and says
// "refused" when the folder's lock stops it; then, like the console (no devices, no worker), it
// signs the manager in and, once told "go" on stdin, takes in COUNT dossiers, whose receipts are
// queued in the file for the host's worker to print. Prints "done N" at the end.
import { openCounterApp } from '../../electron/services/counter-app';
import { DataDirInUseError } from '../../electron/services/data-dir-lock';
import { defaultSetup, key } from './counter-fixture';
import { receiveDossier, screenCall } from './receive-dossier';

const [dataDir, count] = process.argv.slice(2);
if (!dataDir || !count) throw new Error('usage: intake-writer-child DATA_DIR COUNT');

const app = openCounterApp({ dataDir });
try {
  await app.startDevices();
  process.stdout.write('devices started\n');
} catch (e) {
  if (!(e instanceof DataDirInUseError)) throw e;
  process.stdout.write('refused\n');
}
const call = screenCall(app, 'mgr');
const [manager] = (await call('auth.signInOptions', {})).users;
await call('auth.signIn', { userId: manager!.id, pin: defaultSetup.managerPin, idempotencyKey: key('in') });
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
for (let i = 0; i < Number(count); i++) await receiveDossier(app);
app.close();
process.stdout.write(`done ${count}\n`);
