// The dossier register: any dossier found from one query box, and a dossier's page with the
// timeline of every ledger entry about it. Each lookup is one index seek or one prefix range
// (dossier-index.ts, migration 13); nothing here scans the entries.
import { correctableFields, type DossierDetail, type DossierFindArgs, type DossierFindResult, type DossierHit, type TimelineEntry } from '../../../shared/contract/dossier-register';
import { nationalStatusCode, type DossierMove, type DossierStatus } from '../../../shared/dossier/lifecycle';
import { readRegisterQuery, type RegisterQuery } from '../../../shared/dossier/register-query';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import type { DossierRecord } from '../intake/dossier-record';
import type { DossierCorrections } from './dossier-corrections';

const hitColumns = `d.slip_number, d.s10, d.received_at, d.status, d.due_date, d.entry_seq,
  -- The name as corrected last, if it was (one seek of the corrections' index), else as taken in.
  coalesce((SELECT json_extract(c.after, '$') FROM dossier_corrections c
             WHERE c.slip_number = d.slip_number AND c.field = 'applicantName' ORDER BY c.entry_seq DESC LIMIT 1),
           json_extract(e.payload, '$.applicant.name')) AS applicant_name,
  json_extract(e.payload, '$.procedure.code') AS procedure_code,
  json_extract(e.payload, '$.procedure.name') AS procedure_name`;

interface HitRow {
  slip_number: string;
  s10: string;
  received_at: string;
  status: DossierStatus;
  due_date: string;
  entry_seq: number;
  applicant_name: string;
  procedure_code: string;
  procedure_name: string;
}

interface TimelineRow {
  seq: number;
  kind: string;
  at: string;
  at_local: string;
  actor_kind: TimelineEntry['actorKind'];
  actor_name: string | null;
  device_id: string;
  corrects_seq: number | null;
  payload: string;
}

/** A folded word typed as a prefix: every indexed word from it up to (not including) the next after its last letter. */
const prefixEnd = (word: string) => `${word}{`; // '{' follows 'z' (and every digit) in the folded alphabet
/** YYYY-MM-DD → the YYMMDD a slip number's day is stored as. */
const slipDay = (isoDay: string) => isoDay.slice(2).replaceAll('-', '');

/** Enough rows of a name word to know it is a common one. */
const rarityCap = 1_000;

export class DossierRegister {
  private readonly sql;

  constructor(
    private readonly db: Db,
    private readonly corrections: DossierCorrections,
  ) {
    this.sql = {
      wordCount: db.prepare('SELECT count(*) FROM (SELECT 1 FROM dossier_name_words WHERE word >= ? AND word < ? LIMIT ?)'),
    };
  }

  find(args: DossierFindArgs): DossierFindResult {
    const q = readRegisterQuery(args.query);
    const filters: string[] = [];
    const params: (string | number)[] = [];
    const filter = (sql: string, value: string | null) => {
      if (value === null) return;
      filters.push(sql);
      params.push(value);
    };
    filter('d.day >= ?', args.from && slipDay(args.from));
    filter('d.day <= ?', args.to && slipDay(args.to));
    filter('l.procedure_code = ?', args.procedureCode);
    filter('d.status = ?', args.status);
    const rows = q.kind === 'name' ? this.byName(q.words, filters, params, args.limit + 1) : this.byKey(q, filters, params, args.limit + 1);
    return { readAs: q.kind, hits: rows.slice(0, args.limit).map(hitOf), more: rows.length > args.limit };
  }

  /** The dossier a slip number, S10 or QR text names; DOSSIER_NOT_FOUND otherwise. */
  show(ref: string): DossierDetail {
    const q = readRegisterQuery(ref);
    const by: [string, string] | null = q.kind === 'slip' ? ['l.slip_compact = ?', q.compact] : q.kind === 's10' ? ['d.s10 = ?', q.s10] : null;
    const row = by
      ? (this.db
          .prepare(`SELECT d.qr_payload, d.status, e.payload FROM dossier_lookup l JOIN dossiers d ON d.entry_seq = l.seq JOIN entries e ON e.seq = d.entry_seq WHERE ${by[0]}`)
          .get(by[1]) as { qr_payload: string; status: DossierStatus; payload: string } | undefined)
      : undefined;
    if (!row) throw new CounterError('DOSSIER_NOT_FOUND', { slip: ref });
    const r = JSON.parse(row.payload) as DossierRecord;
    // The correctable fields as they stand now, not as the intake entry recorded them.
    const { current, history } = this.corrections.corrections(r.slipNumber);
    return {
      slipNumber: r.slipNumber,
      s10: r.s10,
      qrPayload: row.qr_payload,
      status: row.status,
      nationalCode: nationalStatusCode[row.status],
      receivedAt: r.receivedAt,
      dueDate: r.due.dueDate,
      officeName: r.office.name,
      counterNumber: r.office.counterNumber,
      clerkName: r.clerk.name,
      applicant: {
        kind: r.applicant.kind,
        name: current.applicantName,
        idKind: r.applicant.idKind,
        idNumber: r.applicant.idNumber,
        phone: current.phone,
        email: r.applicant.email,
        address: current.address,
      },
      procedure: { code: r.procedure.code, name: r.procedure.name, caseName: r.procedure.caseName, agency: r.procedure.agency, sample: r.procedure.sample },
      service: r.service,
      returnMethod: { kind: current.returnMethod.kind, address: current.returnMethod.kind === 'home' ? current.returnMethod.address : null },
      papers: r.papers.map((p) => ({ name: p.name, originals: p.originals, copies: p.copies })),
      weight: { grams: r.weight.grams, manual: r.weight.manual },
      fees: { lines: r.fees.lines, totalVnd: r.fees.totalVnd, exemptionReason: r.fees.exemptionReason },
      postal: { lines: r.postal.lines, totalVnd: r.postal.totalVnd, tariffVersion: r.postal.tariffVersion },
      totalVnd: r.totalVnd,
      payment: r.payment,
      timeline: this.timeline(r.slipNumber),
      corrected: correctableFields.filter((field) => history.some((h) => h.field === field)),
    };
  }

  /** Every entry about the dossier, oldest first: one range of `dossier_entries`. */
  timeline(slipNumber: string): TimelineEntry[] {
    const rows = this.db
      .prepare(
        `SELECT e.seq, e.kind, e.at, e.at_local, e.actor_kind, u.name AS actor_name, e.device_id, e.corrects_seq, e.payload
           FROM dossier_entries x JOIN entries e ON e.seq = x.seq LEFT JOIN users u ON u.id = e.actor_user_id
          WHERE x.slip_number = ? ORDER BY x.seq`,
      )
      .all(slipNumber) as TimelineRow[];
    return rows.map((t) => {
      const p = JSON.parse(t.payload) as { reason?: unknown; moves?: DossierMove[] };
      const move = Array.isArray(p.moves) ? p.moves.find((m) => m.slipNumber === slipNumber) : undefined;
      return {
        seq: t.seq,
        kind: t.kind,
        at: t.at,
        atLocal: t.at_local,
        actorKind: t.actor_kind,
        actorName: t.actor_name,
        deviceId: t.device_id,
        correctsSeq: t.corrects_seq,
        reason: typeof p.reason === 'string' ? p.reason : null,
        move: move ? { from: move.from, to: move.to } : null,
      };
    });
  }

  /** A slip, an S10, an ID number or phone: one seek; nothing typed: the filters alone, newest first. */
  private byKey(q: Exclude<RegisterQuery, { kind: 'name' }>, filters: string[], params: (string | number)[], limit: number): HitRow[] {
    const [key, keyValues]: [string[], string[]] =
      q.kind === 'slip' ? [['l.slip_compact = ?'], [q.compact]]
      : q.kind === 's10' ? [['d.s10 = ?'], [q.s10]]
      : q.kind === 'number' ? [['(l.id_number = ? OR l.phone = ?)'], [q.idNumber, q.phone ?? q.idNumber]]
      : [[], []];
    const where = [...key, ...filters];
    const values = [...keyValues, ...params];
    return this.db
      .prepare(
        `SELECT ${hitColumns} FROM dossier_lookup l JOIN dossiers d ON d.entry_seq = l.seq JOIN entries e ON e.seq = l.seq
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY l.seq DESC LIMIT ?`,
      )
      .all(...values, limit) as HitRow[];
  }

  /**
   * Every typed word a prefix of some word of the name, in any order. The rarest word drives
   * (one range of the word index, newest first within each word); each other word is one probe
   * of the same dossier's words. A dossier two of whose words share the prefix comes twice: kept once.
   */
  private byName(words: string[], filters: string[], params: (string | number)[], limit: number): HitRow[] {
    // How common each word is, counted no further than it takes to tell a rare one ("dinh") from
    // one every fifth name holds ("nguyen"); a tie goes to the longer word.
    const rarity = new Map(words.map((w) => [w, this.sql.wordCount.pluck().get(w, prefixEnd(w), rarityCap) as number]));
    const [driver, ...others] = [...words].sort((a, b) => rarity.get(a)! - rarity.get(b)! || b.length - a.length) as [string, ...string[]];
    // The words alone first, on the word index only (no row of any other table read per candidate).
    const probes = others.map(() => 'AND EXISTS (SELECT 1 FROM dossier_name_words o WHERE o.seq = w.seq AND o.word >= ? AND o.word < ?)');
    const candidates = this.db.prepare(`SELECT w.seq FROM dossier_name_words w WHERE w.word >= ? AND w.word < ? ${probes.join(' ')} ORDER BY w.word DESC, w.seq DESC`).pluck();
    const passes = filters.length
      ? this.db.prepare(`SELECT 1 FROM dossier_lookup l JOIN dossiers d ON d.entry_seq = l.seq WHERE l.seq = ? AND ${filters.join(' AND ')}`).pluck()
      : null;
    const found = new Set<number>();
    for (const seq of candidates.iterate(driver, prefixEnd(driver), ...others.flatMap((o) => [o, prefixEnd(o)])) as Iterable<number>) {
      if (found.has(seq) || (passes && passes.get(seq, ...params) === undefined)) continue;
      found.add(seq);
      if (found.size >= limit) break;
    }
    const rows = this.db
      .prepare(`SELECT ${hitColumns} FROM dossier_lookup l JOIN dossiers d ON d.entry_seq = l.seq JOIN entries e ON e.seq = l.seq WHERE l.seq IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify([...found])) as HitRow[];
    return rows.sort((a, b) => b.entry_seq - a.entry_seq);
  }
}

const hitOf = (r: HitRow): DossierHit => ({
  slipNumber: r.slip_number,
  s10: r.s10,
  applicantName: r.applicant_name,
  procedureCode: r.procedure_code,
  procedureName: r.procedure_name,
  receivedAt: r.received_at,
  status: r.status,
  dueDate: r.due_date,
});
