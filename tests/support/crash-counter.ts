// The counter a crash child runs (a script that tests/support/crash-run.ts spawns and kills): the
// clerk signed in on the screen, the print worker started and retrying fast, so that the child
// is killed while its job is still waiting for the printer that is off.
import { openCounterApp } from '../../electron/services/counter-app';
import { screenCall } from './receive-dossier';

/** Printer worker timings short enough that a job has been tried, and failed, before the kill. */
export const fastRetries = { backoffMs: [100], connectTimeoutMs: 500, statusTimeoutMs: 300, idleProbeMs: 0 };

/** Opens the counter on dataDir with its devices started and signs the clerk (PIN 1357) in; sends commands as the screen does. */
export async function clerkAtCounter(dataDir: string, clerkId: string): Promise<ReturnType<typeof screenCall>> {
  const app = openCounterApp({ dataDir, printing: fastRetries });
  await app.startDevices();
  const call = screenCall(app, 'crash');
  await call('auth.signIn', { userId: clerkId, pin: '1357', idempotencyKey: 'crash-sign-in-1' });
  return call;
}
