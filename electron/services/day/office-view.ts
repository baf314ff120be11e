// The office's day: one post office may run several counters, each with its own ledger. Until
// sync brings their days to the hub, a manager exports each counter's day as a signed day file
// (day-file.ts) and imports the others' here, to see the office's day together. An import is a
// ledger entry holding the whole signed file, so the figures shown are the file's, exactly, and
// `ledger verify` rebuilds the import table from the entries (ledger/read-models.ts).
import type { DayReport } from '../../../shared/contract/day';
import { dayFileFormat, type DayFileBody, type HourCount, type OfficeCounterDay, type OfficeDay } from '../../../shared/contract/day-output';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import type { Actor, Ledger } from '../ledger/ledger';
import { keyFingerprint, openDayFile, type DayFileSigner } from './day-file';

export const officeImportKind = 'office.day_imported';

type Value = string | number | null;

export const officeImportColumns = ['device_id', 'public_key', 'state', 'z_number', 'provisional', 'last_seq', 'last_hash', 'entry_seq'] as const;

/** What an import entry's payload holds: the signed file as it was read. */
interface ImportPayload {
  publicKey: string;
  signature: string;
  body: DayFileBody;
}

/** The `office_day_imports` row an import entry writes; the same rule at posting and in `ledger verify`. */
export function officeImportRow(seq: number, p: ImportPayload): Record<string, Value> {
  const r = p.body.report;
  return {
    counter_number: p.body.counter.counterNumber,
    day: r.day,
    device_id: p.body.counter.deviceId,
    public_key: p.publicKey,
    state: r.state,
    z_number: r.zNumber,
    provisional: r.provisional ? 1 : 0,
    last_seq: r.lastEntry?.seq ?? null,
    last_hash: r.lastEntry?.hash ?? null,
    entry_seq: seq,
  };
}

interface ImportRow {
  counter_number: number;
  day: string;
  device_id: string;
  public_key: string;
  state: string;
  z_number: number | null;
  last_seq: number | null;
  entry_seq: number;
}

export interface OfficeViewPorts {
  db: Db;
  ledger: Ledger;
  clock: Clock;
  signer: DayFileSigner;
  counter: () => { officeCode: string; officeName: string; counterNumber: number; deviceId: string };
  /** This counter's report of a day (X while open, Z once closed). */
  report: (day: string) => DayReport;
  hours: (day: string) => HourCount[];
}

export class OfficeView {
  constructor(private readonly p: OfficeViewPorts) {}

  exportDay(day: string): { fileName: string; content: string; keyFingerprint: string } {
    const c = this.p.counter();
    const body: DayFileBody = {
      format: dayFileFormat,
      version: 1,
      counter: { officeCode: c.officeCode, officeName: c.officeName, counterNumber: c.counterNumber, deviceId: c.deviceId },
      exportedAt: this.p.clock.now().toISOString(),
      report: this.p.report(day),
      hours: this.p.hours(day),
    };
    const kind = body.report.state === 'closed' ? `z${body.report.zNumber}${body.report.provisional ? '-tam' : ''}` : 'x';
    return {
      fileName: `so-lieu-ngay-${day}-${c.officeCode}-quay${c.counterNumber}-${kind}.json`,
      content: JSON.stringify(this.p.signer.sign(body)),
      keyFingerprint: this.p.signer.fingerprint(),
    };
  }

  importDay(content: string, actor: Actor, idempotencyKey: string) {
    const file = openDayFile(content);
    const { body } = file;
    const own = this.p.counter();
    for (const code of [body.counter.officeCode, body.report.office.code]) {
      if (code !== own.officeCode) throw new CounterError('DAY_FILE_FOREIGN_OFFICE', { fileOffice: code, office: own.officeCode });
    }
    const counter = body.counter.counterNumber;
    if (counter !== body.report.office.counterNumber) throw new CounterError('DAY_FILE_UNREADABLE');
    if (counter === own.counterNumber || body.counter.deviceId === own.deviceId) throw new CounterError('DAY_FILE_OWN_COUNTER', { counter });
    const fingerprint = keyFingerprint(file.publicKey);
    const day = body.report.day;
    return this.p.ledger.transaction(() => {
      const pinned = this.p.db.prepare('SELECT public_key FROM office_day_imports WHERE counter_number = ? LIMIT 1').get(counter) as { public_key: string } | undefined;
      if (pinned && pinned.public_key !== file.publicKey) {
        throw new CounterError('DAY_FILE_KEY_CHANGED', { counter, fingerprint, pinned: keyFingerprint(pinned.public_key) });
      }
      const held = this.p.db.prepare('SELECT * FROM office_day_imports WHERE counter_number = ? AND day = ?').get(counter, day) as ImportRow | undefined;
      const fileSeq = body.report.lastEntry?.seq ?? 0;
      if (held) {
        const heldSeq = held.last_seq ?? 0;
        // A later export of the same day never stands on fewer entries; a Z outranks an X of the same entries.
        if (heldSeq > fileSeq || (heldSeq === fileSeq && held.state === 'closed' && body.report.state === 'open')) {
          throw new CounterError('DAY_FILE_OLDER', { counter, day, heldSeq, fileSeq });
        }
      }
      const payload: ImportPayload = { publicKey: file.publicKey, signature: file.signature, body };
      const posted = this.p.ledger.post({ kind: officeImportKind, payload: payload as unknown as Record<string, unknown>, actor, idempotencyKey });
      const row = officeImportRow(posted.seq, payload);
      this.p.db
        .prepare(
          `INSERT INTO office_day_imports (counter_number, day, ${officeImportColumns.join(', ')})
           VALUES (@counter_number, @day, ${officeImportColumns.map((c) => `@${c}`).join(', ')})
           ON CONFLICT (counter_number, day) DO UPDATE SET ${officeImportColumns.map((c) => `${c} = excluded.${c}`).join(', ')}`,
        )
        .run(row);
      return {
        seq: posted.seq,
        day,
        counterNumber: counter,
        zNumber: body.report.zNumber,
        provisional: body.report.provisional,
        keyFingerprint: fingerprint,
        firstFromCounter: !pinned,
        replaced: held !== undefined,
      };
    });
  }

  /** This counter's day and every imported counter's for the same day, side by side, and their sums. */
  day(day: string): OfficeDay {
    const own = this.p.counter();
    const mine = { report: this.p.report(day), hours: this.p.hours(day) };
    const rows = this.p.db.prepare('SELECT * FROM office_day_imports WHERE day = ? ORDER BY counter_number').all(day) as ImportRow[];
    const entry = this.p.db.prepare('SELECT payload, at_local FROM entries WHERE seq = ?');
    const imported = rows.map((row) => {
      const e = entry.get(row.entry_seq) as { payload: string; at_local: string };
      const p = JSON.parse(e.payload) as ImportPayload;
      return { report: p.body.report, hours: p.body.hours, deviceId: row.device_id, importedAtLocal: e.at_local, fingerprint: keyFingerprint(row.public_key) };
    });
    const counters: OfficeCounterDay[] = [
      counterDay(mine.report, { source: 'this', deviceId: own.deviceId, importedAtLocal: null, keyFingerprint: this.p.signer.fingerprint() }),
      ...imported.map((i) => counterDay(i.report, { source: 'imported', deviceId: i.deviceId, importedAtLocal: i.importedAtLocal, keyFingerprint: i.fingerprint })),
    ];
    const all = [mine, ...imported];
    const sum = (pick: (c: OfficeCounterDay) => number) => counters.reduce((s, c) => s + pick(c), 0);
    return {
      day,
      officeCode: own.officeCode,
      counters,
      totals: {
        expectedCashVnd: sum((c) => c.expectedCashVnd),
        differenceVnd: counters.every((c) => c.differenceVnd !== null) ? sum((c) => c.differenceVnd ?? 0) : null,
        feesVnd: sum((c) => c.feesVnd),
        postalVnd: sum((c) => c.postalVnd),
        dossiersReceived: sum((c) => c.dossiersReceived),
        notHandedOver: sum((c) => c.notHandedOver),
      },
      feesByAgency: merged(all.flatMap((x) => x.report.feesOnBehalf.map((a) => ({ name: a.agency, vnd: a.collected.vnd - a.refunded.vnd })))),
      postalByService: merged(all.flatMap((x) => x.report.postalRevenue.map((s) => ({ name: s.service, vnd: s.netVnd })))),
      hours: mergedHours(all.flatMap((x) => x.hours)),
    };
  }
}

function counterDay(r: DayReport, extra: Pick<OfficeCounterDay, 'source' | 'deviceId' | 'importedAtLocal' | 'keyFingerprint'>): OfficeCounterDay {
  return {
    counterNumber: r.office.counterNumber,
    ...extra,
    state: r.state,
    zNumber: r.zNumber,
    provisional: r.provisional,
    lastEntry: r.lastEntry,
    expectedCashVnd: r.cash.expectedVnd,
    countedCashVnd: r.cash.countedVnd,
    differenceVnd: r.cash.differenceVnd,
    feesVnd: r.feesOnBehalf.reduce((s, a) => s + a.collected.vnd - a.refunded.vnd, 0),
    postalVnd: r.postalRevenue.reduce((s, x) => s + x.netVnd, 0),
    dossiersReceived: r.dossiers.received.count,
    notHandedOver: r.dossiers.notHandedOver.count,
  };
}

/** Amounts of the same name added up, in the order names first appear. */
function merged(lines: { name: string; vnd: number }[]): { name: string; vnd: number }[] {
  const by = new Map<string, number>();
  for (const l of lines) by.set(l.name, (by.get(l.name) ?? 0) + l.vnd);
  return [...by].map(([name, vnd]) => ({ name, vnd }));
}

function mergedHours(hours: HourCount[]): HourCount[] {
  const by = new Map<number, number>();
  for (const h of hours) by.set(h.hour, (by.get(h.hour) ?? 0) + h.count);
  return [...by].sort((a, b) => a[0] - b[0]).map(([hour, count]) => ({ hour, count }));
}
