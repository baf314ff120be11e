// Run as a separate process by tests/integration/printing.test.ts: opens the counter on a data
// folder (set up, with a printer and an S10 range), starts its devices (the print worker), takes
// in a dossier — whose commit queues its receipt job — and says so on stdout, then waits to be
// killed (SIGKILL): the "process killed between the commit and the print" case.
import { openCounterApp } from '../../electron/services/counter-app';
import { defaultSetup, key } from './counter-fixture';
import { fastRetries } from './crash-counter';
import { receiveDossier, screenCall } from './receive-dossier';

const [dataDir] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: print-crash-child DATA_DIR');

const app = openCounterApp({ dataDir, printing: fastRetries });
await app.startDevices();
const call = screenCall(app, 'mgr');
const [manager] = (await call('auth.signInOptions', {})).users;
await call('auth.signIn', { userId: manager!.id, pin: defaultSetup.managerPin, idempotencyKey: key('in') });
const { jobId, slip } = await receiveDossier(app);
process.stdout.write(`queued ${jobId} ${slip}\n`);
// Keep running until killed; the worker keeps retrying the printer that is down.
setInterval(() => {}, 60_000);
