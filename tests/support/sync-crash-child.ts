// A counter process pushing its backlog to the hub, killed by the test mid-batch (SIGKILL):
// says "acked N" on each acknowledgement it stores, so the parent can time the kill.
import { openSyncApp } from './sync-fixture';

const [dataDir] = process.argv.slice(2);
const app = openSyncApp(dataDir!);
app.events.subscribe((name, payload) => {
  if (name === 'sync.status') process.stdout.write(`acked ${(payload as { ackedSeq: number }).ackedSeq}\n`);
});
void app.services.sync.run().then((r) => {
  process.stdout.write(`done ${JSON.stringify(r)}\n`);
  app.close();
});
