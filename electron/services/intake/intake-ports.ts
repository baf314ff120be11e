// Connects intake to the counter's other services. Built before the services object exists,
// so every port reads the services when it is called.
import type { Clock } from '../clock';
import type { Db } from '../db/open-database';
import type { Services } from '../handlers';
import type { Ledger } from '../ledger/ledger';
import type { IntakePorts } from './intake-service';

const weightKinds = ['scale.weight_captured', 'scale.weight_entered_manually'];

export function intakePorts(base: { db: Db; ledger: Ledger; clock: Clock; fontsDir: string }, s: () => Services): IntakePorts {
  const weightEntry = base.db.prepare('SELECT kind, payload FROM entries WHERE seq = ?');
  return {
    ...base,
    snapshot: (hash) => s().catalogue.snapshot(hash),
    currentSnapshotHash: (code) => s().catalogue.show(code).snapshotHash,
    weight: (seq) => {
      const row = weightEntry.get(seq) as { kind: string; payload: string } | undefined;
      if (!row || !weightKinds.includes(row.kind)) return null;
      return { grams: (JSON.parse(row.payload) as { grams: number }).grams, manual: row.kind === 'scale.weight_entered_manually' };
    },
    postalCharge: (req) => s().tariff.quote(req),
    due: (req) => s().calendar.due(req),
    counter: () => s().counter.require(),
    agency: (name) => s().agencies.contact(name),
    // A route the clerk can pick needs both a transit time and a price.
    routes: () => {
      const priced = new Set(s().tariff.info().routes.map((r) => r.id));
      return { routes: s().calendar.routes().filter((r) => priced.has(r.id)), defaultRoute: s().calendar.defaultRoute };
    },
    copies: () => s().printing.settings()?.copies ?? 2,
    enqueuePrint: (job) => s().printing.enqueue(job),
    printJobs: (reference) => s().printing.jobsFor(reference),
  };
}
