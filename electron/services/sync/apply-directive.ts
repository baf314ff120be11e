// Applies one directive from the province hub on this counter, in ONE transaction with the pull
// cursor: as a ledger entry by the `centre` actor (visible on the timeline, attributable, never a
// silent change). A directive whose payload fails its checks, or that this counter's own rules
// refuse when applied (a back-fill for a dossier not handed over…), is recorded as refused and the
// cursor still moves, so one bad directive never holds up the ones after it.
import { createHash } from 'node:crypto';
import type { YearOverrides } from '../../../shared/calendar/overrides';
import type { HandoverOutcome } from '../../../shared/contract/handover';
import type { Tariff } from '../../../shared/tariff/tariff';
import type { DossierMove } from '../../../shared/dossier/lifecycle';
import {
  agencyDirectoryDirective,
  calendarOverrideDirective,
  directiveEntryKind,
  directiveIdempotencyKey,
  directivePayloads,
  dossierStatusDirective,
  refusedDirectiveEntryKind,
  s10RangeDirective,
  tariffVersionDirective,
  type DossierStatusDirective,
} from '../../../shared/sync/directives';
import type { Directive } from '../../../shared/sync/protocol';
import { checkCatalogue, type CatalogueFileContents } from '../catalogue/read-catalogue-file';
import { calendarYearText } from './centre-directive-row';
import { CounterError } from '../counter-error';
import { AgencyResultsReady } from '../results/agency-results-ready';
import type { Db } from '../db/open-database';
import { DossierMoves } from '../dossiers/dossier-moves';
import type { Services } from '../handlers';
import { canonicalJson } from '../../../shared/ledger/canonical-json';
import type { Ledger } from '../ledger/ledger';
import type { SyncState } from './sync-state';

export type DirectiveOutcome = 'applied' | 'recorded' | 'refused' | 'awaitingManager';

const centre = { kind: 'centre' } as const;

export class DirectiveApplier {
  private readonly known;
  private readonly record;
  private readonly moves: DossierMoves;
  private readonly readyAtAgency: AgencyResultsReady;
  private readonly calendarYear;
  private readonly tariff;

  constructor(
    db: Db,
    private readonly ledger: Ledger,
    private readonly state: SyncState,
    /** Read when needed: the services are assembled together (counter-app.ts). */
    private readonly services: () => Pick<Services, 'catalogue' | 'handover' | 'agencies' | 'intake' | 'calendar' | 'tariff'>,
  ) {
    this.moves = new DossierMoves(db);
    this.readyAtAgency = new AgencyResultsReady(db);
    this.tariff = db.prepare(
      'INSERT INTO centre_tariff (id, version, tariff, entry_seq) VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version, tariff = excluded.tariff, entry_seq = excluded.entry_seq',
    );
    this.calendarYear = db.prepare(
      'INSERT INTO centre_calendar_years (year, overrides, entry_seq) VALUES (?, ?, ?) ON CONFLICT (year) DO UPDATE SET overrides = excluded.overrides, entry_seq = excluded.entry_seq',
    );
    this.known = db.prepare('SELECT 1 FROM centre_directives WHERE directive_id = ?');
    this.record = db.prepare('INSERT INTO centre_directives (directive_id, kind, outcome, published_by, entry_seq) VALUES (?, ?, ?, ?, ?)');
  }

  /** Applies `d` (once: a repeat after a crash only moves the cursor) and moves the cursor to it. */
  apply(d: Directive): DirectiveOutcome | 'repeat' {
    return this.ledger.transaction(() => {
      this.state.moveCursor(d.id);
      if (this.known.get(d.id)) return 'repeat';
      const problems = this.problemsOf(d);
      const key = directiveIdempotencyKey(d.id);
      const about = { directiveId: d.id, publishedBy: d.publishedBy, publishedAt: d.publishedAt };
      if (problems.length) return this.refuse(d, key, about, problems);
      try {
        // A savepoint: a refusal half-way undoes what the directive wrote before the refusal is recorded.
        return this.ledger.savepoint(() => this.applyChecked(d, key, about));
      } catch (e) {
        if (!(e instanceof CounterError)) throw e;
        return this.refuse(d, key, about, [`${e.code} ${JSON.stringify(e.params)}`], { code: e.code, params: e.params });
      }
    });
  }

  /** Applies a directive whose payload passed its checks; a CounterError refuses it (see `apply`). */
  private applyChecked(d: Directive, key: string, about: Record<string, unknown>): DirectiveOutcome {
    let outcome: DirectiveOutcome;
    let details: Record<string, unknown>;
    if (d.kind === 'catalogue.version') {
      // Through the catalogue import: a new version for the lookup; dossiers keep their snapshots.
      let contents: CatalogueFileContents;
      try {
        contents = checkCatalogue(d.payload, sha256(canonicalJson(d.payload)));
      } catch (e) {
        // One bad record and nothing of it is imported, as for a file; the problems name the records.
        if (e instanceof CounterError) return this.refuse(d, key, about, [String(e.params.details ?? e.code)]);
        throw e;
      }
      const info = this.services().catalogue.importContents(contents, `hub:directive:${d.id}`, centre, `${key}#catalogue`);
      outcome = 'applied';
      details = { versionId: info.versionId, procedures: info.count };
    } else if (d.kind === 'agency.directory') {
      // Through the agency directory, as a manager's edit would be: an agency.updated entry (source "sync").
      this.services().agencies.loadPublished(agencyDirectoryDirective.parse(d.payload).agencies, centre, `${key}#agencies`);
      outcome = 'applied';
      details = d.payload;
    } else if (d.kind === 's10.range') {
      // Through the intake settings, as intake.configure would set it: the next envelope draws from it.
      this.services().intake.configure(s10RangeDirective.parse(d.payload), centre, `${key}#s10`);
      outcome = 'applied';
      details = d.payload;
    } else if (d.kind === 'calendar.override') {
      // The year replaces the file's year from now on (stored below, with its entry): due dates count with it.
      outcome = 'applied';
      details = calendarOverrideDirective.parse(d.payload);
    } else if (d.kind === 'tariff.version') {
      // In force on receipt instead of the file (stored below, with its entry); each dossier records the version it used.
      outcome = 'applied';
      details = { tariff: tariffVersionDirective.parse(d.payload) };
    } else if (d.kind === 'dossier.status') {
      ({ outcome, details } = this.applyDossierStatus(dossierStatusDirective.parse(d.payload), key));
    } else {
      // money.proposal: recorded as the centre's word; a manager accepts or rejects it (money-proposals.ts).
      outcome = 'awaitingManager';
      details = d.payload;
    }
    const entry = this.ledger.post({ kind: directiveEntryKind(d.kind), payload: { ...details, ...about, outcome }, actor: centre, idempotencyKey: key });
    this.record.run(d.id, d.kind, outcome, d.publishedBy, entry.seq);
    if (d.kind === 'tariff.version') {
      const tariff = (details as { tariff: Tariff }).tariff;
      this.tariff.run(tariff.version, canonicalJson(tariff), entry.seq);
      this.services().tariff.reload();
    }
    if (d.kind === 'calendar.override') {
      const year = details as YearOverrides;
      this.calendarYear.run(year.year, calendarYearText(year), entry.seq);
      this.services().calendar.reload();
    }
    if (Array.isArray(details.moves)) this.moves.apply(details.moves as DossierMove[], entry.seq);
    this.readyAtAgency.record(entry.kind, { ...details, outcome }, entry.seq, entry.at);
    return outcome;
  }

  /** Records the directive as refused; `refusal`: the counter's own code and parameters when its rules refused it. */
  private refuse(d: Directive, key: string, about: Record<string, unknown>, problems: string[], refusal?: { code: string; params: Record<string, unknown> }): 'refused' {
    const entry = this.ledger.post({ kind: refusedDirectiveEntryKind, payload: { ...about, kind: d.kind, outcome: 'refused', problems, ...refusal }, actor: centre, idempotencyKey: key });
    this.record.run(d.id, d.kind, 'refused', d.publishedBy, entry.seq);
    return 'refused';
  }

  /**
   * Accepted / supplement requested / refused: through the handover back-fill, as a clerk typing the
   * department's answer would record it (the department's code and appointment date, or the move),
   * refused by the back-fill's own rules (a dossier not handed over, an unknown slip); withdrawn: the
   * lifecycle move, carried by the centre's entry; done: recorded, with the department holding the
   * result while it is still there (agency-results-ready.ts), the dossier moving only when the
   * result reaches the post office and is checked in.
   */
  private applyDossierStatus(s: DossierStatusDirective, key: string): { outcome: DirectiveOutcome; details: Record<string, unknown> } {
    if (s.status === 'withdrawn') return { outcome: 'applied', details: { ...s, moves: this.moves.plan([s.slipNumber], 'withdrawn') } };
    if (s.status === 'done') {
      this.moves.statusOf(s.slipNumber); // an unknown slip is refused (DOSSIER_NOT_FOUND)
      const agency = this.readyAtAgency.holder(s.slipNumber);
      return { outcome: 'recorded', details: { ...s, resultReadyAtAgency: agency !== null, agency } };
    }
    const outcome: HandoverOutcome =
      s.status === 'accepted' ? { kind: 'accepted', departmentCode: s.departmentCode, appointmentDate: s.appointmentDate } : { kind: s.status, reason: s.reason };
    this.services().handover.backfill(s.slipNumber, outcome, centre, `${key}#outcome`);
    return { outcome: 'applied', details: s };
  }

  /** What fails the payload's checks, as the checks say it; none for a good one. */
  private problemsOf(d: Directive): string[] {
    const parsed = directivePayloads[d.kind].safeParse(d.payload);
    return parsed.success ? [] : parsed.error.issues.slice(0, 10).map((issue) => `${issue.path.join('.') || '(payload)'}: ${issue.message}`);
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
