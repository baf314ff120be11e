// Run as a separate process by tests/integration/onestop-connector-crash.test.ts: the hub's
// connector sending its outbox, killed (SIGKILL) by the test at the moment the one-stop system
// commits a call — the hub losing power between the upstream commit and its own record of it.
import { OnestopConnector } from '../../hub/connector/connector';
import { OnestopClient } from '../../hub/connector/onestop-client';
import { openHubDatabase } from '../../hub/db/open-hub-database';

const [hubDir, url, username, password, dstcode, madonvi] = process.argv.slice(2);
if (!hubDir || !url || !username || !password || !dstcode || !madonvi) throw new Error('usage: onestop-connector-child HUB_DIR URL USERNAME PASSWORD DSTCODE MADONVI');

const db = await openHubDatabase({ dataDir: hubDir });
const connector = new OnestopConnector(db, new OnestopClient({ url, username, password, dstcode, madonvi, timeoutMs: 5_000 }));
process.stdout.write('ready\n');
for (;;) {
  const r = await connector.sendPending();
  if (!r.error) break;
}
await db.close();
process.stdout.write('done\n');
