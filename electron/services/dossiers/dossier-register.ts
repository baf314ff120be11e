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
import { currentFromColumns, recordedApplicantColumns, type RecordedApplicantColumns } from './current-applicant';
import { namePairs } from './dossier-index';
import { AgencyResultsReady } from '../results/agency-results-ready';

const hitColumns = `d.slip_number, d.s10, d.received_at, d.status, d.due_date, d.entry_seq,
  EXISTS (SELECT 1 FROM agency_results_ready a WHERE a.slip_number = d.slip_number) AS ready_at_agency,
  ${recordedApplicantColumns},
  json_extract(e.payload, '$.procedure.code') AS procedure_code,
  json_extract(e.payload, '$.procedure.name') AS procedure_name`;

interface HitRow extends RecordedApplicantColumns {
  slip_number: string;
  s10: string;
  received_at: string;
  status: DossierStatus;
  due_date: string;
  entry_seq: number;
  ready_at_agency: 0 | 1;
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
/** The most whole words a typed prefix is read as for the pair index (dossierRegister.pairKeys). */
const wordsPerPrefix = 16;
/** The most pair postings read whole to check one typed word (dossierRegister.pairSet). */
const pairSetCap = 20_000;

export class DossierRegister {
  private readonly sql;
  private readonly readyAtAgency: AgencyResultsReady;

  constructor(
    private readonly db: Db,
    private readonly corrections: DossierCorrections,
  ) {
    this.readyAtAgency = new AgencyResultsReady(db);
    this.sql = {
      wordCount: db.prepare('SELECT count(*) FROM (SELECT 1 FROM dossier_name_words WHERE word >= ? AND word < ? LIMIT ?)'),
      // The distinct words in a prefix's range, one seek each (a skip over each word's postings).
      firstWord: db.prepare('SELECT word FROM dossier_name_words WHERE word >= ? AND word < ? ORDER BY word LIMIT 1').pluck(),
      nextWord: db.prepare('SELECT word FROM dossier_name_words WHERE word > ? AND word < ? ORDER BY word LIMIT 1').pluck(),
      pairPostings: db.prepare('SELECT seq FROM dossier_name_pairs WHERE first = ? AND second = ? LIMIT ?').pluck(),
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
    return { readAs: q.kind, hits: rows.slice(0, args.limit).map((r) => this.hitOf(r)), more: rows.length > args.limit };
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
      readyAtAgency: this.readyAtAgency.of(r.slipNumber),
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
   * Every typed word a prefix of some word of the name, in any order. The rarest word drives; when
   * even it is common (every word of "hoa thi nguyen" is), the postings of it paired with another
   * typed word drive instead (migration 18), a few hundredths as many. Each other word is one
   * probe of the same dossier's words.
   */
  private byName(words: string[], filters: string[], params: (string | number)[], limit: number): HitRow[] {
    // How common each word is, counted no further than it takes to tell a rare one ("dinh") from
    // one every fifth name holds ("nguyen"); a tie goes to the longer word.
    const rarity = new Map(words.map((w) => [w, this.sql.wordCount.pluck().get(w, prefixEnd(w), rarityCap) as number]));
    const [driver, ...others] = [...words].sort((a, b) => rarity.get(a)! - rarity.get(b)! || b.length - a.length) as [string, ...string[]];
    // A partner must not share the driver's words: one a prefix of the other could both be one word of the name.
    const partner = rarity.get(driver)! < rarityCap ? undefined : others.find((o) => !o.startsWith(driver) && !driver.startsWith(o));
    const combos = partner === undefined ? null : this.pairKeys(driver, partner);
    const passes = filters.length
      ? this.db.prepare(`SELECT 1 FROM dossier_lookup l JOIN dossiers d ON d.entry_seq = l.seq WHERE l.seq = ? AND ${filters.join(' AND ')}`).pluck()
      : null;
    const pass = (seq: number) => !passes || passes.get(seq, ...params) !== undefined;
    const found = new Set<number>();
    if (combos) {
      // Each other word: the postings of it paired with the driver (or another typed word), read
      // whole in key order — a few contiguous pages — and kept as a set; a word that pairs with
      // none, or whose pair postings are too long to hold, is probed per candidate instead.
      const rest = others.filter((o) => o !== partner);
      const sets: Set<number>[] = [];
      const probed: string[] = [];
      for (const word of rest) {
        const set = this.pairSet(word, [driver, partner!, ...rest.filter((o) => o !== word)]);
        if (set) sets.push(set);
        else probed.push(word);
      }
      // The driving pair's postings newest first, up to `limit` that hold every word and pass;
      // the newest `limit` of them all are the answer.
      const candidates = this.db.prepare(`SELECT p.seq FROM dossier_name_pairs p WHERE p.first = ? AND p.second = ? ${probes(probed, 'p')} ORDER BY p.seq DESC`).pluck();
      const probeBounds = probed.flatMap((o) => [o, prefixEnd(o)]);
      const all: number[] = [];
      for (const [first, second] of combos) {
        let taken = 0;
        for (const seq of candidates.iterate(first, second, ...probeBounds) as Iterable<number>) {
          if (!sets.every((set) => set.has(seq)) || !pass(seq)) continue;
          all.push(seq);
          if (++taken >= limit) break;
        }
      }
      for (const seq of all.sort((a, b) => b - a)) if (found.add(seq).size >= limit) break;
    } else {
      // The words alone first, on the word index only (no row of any other table read per candidate).
      // A dossier two of whose words share the driver's prefix comes twice: kept once.
      const candidates = this.db.prepare(`SELECT w.seq FROM dossier_name_words w WHERE w.word >= ? AND w.word < ? ${probes(others, 'w')} ORDER BY w.word DESC, w.seq DESC`).pluck();
      for (const seq of candidates.iterate(driver, prefixEnd(driver), ...others.flatMap((o) => [o, prefixEnd(o)])) as Iterable<number>) {
        if (found.has(seq) || !pass(seq)) continue;
        found.add(seq);
        if (found.size >= limit) break;
      }
    }
    const rows = this.db
      .prepare(`SELECT ${hitColumns} FROM dossier_lookup l JOIN dossiers d ON d.entry_seq = l.seq JOIN entries e ON e.seq = l.seq WHERE l.seq IN (SELECT value FROM json_each(?))`)
      .all(JSON.stringify([...found])) as HitRow[];
    return rows.sort((a, b) => b.entry_seq - a.entry_seq);
  }

  /** A hit as the list shows it: the applicant's name as it stands now (current-applicant.ts). */
  private hitOf(r: HitRow): DossierHit {
    return {
      slipNumber: r.slip_number,
      s10: r.s10,
      applicantName: currentFromColumns(this.db, r.slip_number, r).applicantName,
      procedureCode: r.procedure_code,
      procedureName: r.procedure_name,
      receivedAt: r.received_at,
      status: r.status,
      dueDate: r.due_date,
      readyAtAgency: r.ready_at_agency === 1,
    };
  }

  /**
   * The dossiers with a word beginning with `word` and another beginning with one of `partners`
   * (the first that can pair with it), from the pair postings; null when none can, or when those
   * postings hold more than `pairSetCap` rows (then a probe per candidate costs less).
   */
  private pairSet(word: string, partners: string[]): Set<number> | null {
    const partner = partners.find((o) => !o.startsWith(word) && !word.startsWith(o));
    const keys = partner === undefined ? null : this.pairKeys(word, partner);
    if (!keys) return null;
    const set = new Set<number>();
    for (const [first, second] of keys) {
      for (const seq of this.sql.pairPostings.iterate(first, second, pairSetCap + 1) as Iterable<number>) {
        set.add(seq);
        if (set.size > pairSetCap) return null;
      }
    }
    return set;
  }

  /**
   * The pair-index keys two typed prefixes stand for: each prefix read as the whole words it
   * begins (one seek per word), every word of one with every word of the other. Null when a
   * prefix begins too many words for that to pay (a single letter): the word plan serves it.
   */
  private pairKeys(a: string, b: string): [string, string][] | null {
    const wordsOf = (prefix: string): string[] | null => {
      const out: string[] = [];
      for (let w = this.sql.firstWord.get(prefix, prefixEnd(prefix)) as string | undefined; w !== undefined; w = this.sql.nextWord.get(w, prefixEnd(prefix)) as string | undefined) {
        if (out.push(w) > wordsPerPrefix) return null;
      }
      return out;
    };
    const as = wordsOf(a);
    const bs = as && wordsOf(b);
    if (!as || !bs) return null;
    return as.flatMap((x) => bs.map((y) => namePairs([x, y])[0]!));
  }
}

/** A probe per word: the candidate dossier (`alias`.seq) has a word that begins with it. */
const probes = (words: string[], alias: string) =>
  words.map(() => `AND EXISTS (SELECT 1 FROM dossier_name_words o WHERE o.seq = ${alias}.seq AND o.word >= ? AND o.word < ?)`).join(' ');

