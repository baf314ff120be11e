// Numbered schema migrations, applied in order at start-up and tracked in PRAGMA user_version.
// Never edit a migration that has shipped: add the next number instead.
import type Database from 'better-sqlite3';
import { dayMigration } from '../day/day-migration';
import { officeViewMigration } from '../day/office-view-migration';
import { syncStateMigration } from '../sync/sync-migration';
import { agencyResultsReadyMigration } from '../results/agency-results-ready';
import { resolveProvince } from '../../../shared/identity/provinces';
import { dossierLinks } from '../dossiers/dossier-links';
import { indexLookupAndWords, linkEntries, type IndexedRecord } from '../dossiers/dossier-index';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  /** Rows the SQL cannot convert alone (text read by a shared rule), in the same transaction, after it. */
  data?: (db: Database.Database) => void;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'append-only ledger',
    sql: `
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );

      CREATE TABLE entries (
        seq             INTEGER PRIMARY KEY,
        kind            TEXT NOT NULL,
        payload         TEXT NOT NULL,
        actor_kind      TEXT NOT NULL CHECK (actor_kind IN ('user', 'system', 'centre', 'console')),
        actor_user_id   TEXT,
        device_id       TEXT NOT NULL,
        at              TEXT NOT NULL,
        at_local        TEXT NOT NULL,
        idempotency_key TEXT NOT NULL UNIQUE,
        corrects_seq    INTEGER REFERENCES entries (seq),
        prev_hash       TEXT NOT NULL,
        hash            TEXT NOT NULL UNIQUE,
        CHECK (actor_kind <> 'user' OR actor_user_id IS NOT NULL)
      );
      CREATE INDEX entries_kind ON entries (kind);

      CREATE TRIGGER entries_refuse_update BEFORE UPDATE ON entries
      BEGIN SELECT RAISE(ABORT, 'entries are append-only: post a correction instead'); END;
      CREATE TRIGGER entries_refuse_delete BEFORE DELETE ON entries
      BEGIN SELECT RAISE(ABORT, 'entries are append-only: post a correction instead'); END;

      -- The first answer to each idempotency key, returned again to every repeat of it.
      CREATE TABLE command_results (
        idempotency_key TEXT PRIMARY KEY,
        command         TEXT NOT NULL,
        request_mac     TEXT NOT NULL,
        result          TEXT NOT NULL,
        at              TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'counter and users',
    sql: `
      CREATE TABLE counter (
        id                INTEGER PRIMARY KEY CHECK (id = 1),
        office_code       TEXT NOT NULL,
        office_name       TEXT NOT NULL,
        counter_number    INTEGER NOT NULL,
        province          TEXT NOT NULL,
        idle_lock_minutes INTEGER NOT NULL DEFAULT 5,
        setup_seq         INTEGER NOT NULL REFERENCES entries (seq)
      );

      CREATE TABLE users (
        id              TEXT PRIMARY KEY,
        name            TEXT NOT NULL,
        name_key        TEXT NOT NULL UNIQUE,
        role            TEXT NOT NULL CHECK (role IN ('clerk', 'manager')),
        active          INTEGER NOT NULL DEFAULT 1,
        created_at      TEXT NOT NULL,
        last_change_seq INTEGER NOT NULL REFERENCES entries (seq),
        failed_pins     INTEGER NOT NULL DEFAULT 0,
        locked_until    TEXT
      );

      -- Kept outside the ledger on purpose: PIN hashes must not travel with entries
      -- (sync, backups shown to auditors); the ledger records only that a PIN was set.
      CREATE TABLE credentials (
        user_id TEXT PRIMARY KEY REFERENCES users (id),
        salt    BLOB NOT NULL,
        hash    BLOB NOT NULL,
        set_at  TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    name: 'procedure catalogue',
    sql: `
      CREATE TABLE catalogue_versions (
        id              INTEGER PRIMARY KEY,
        imported_at     TEXT NOT NULL,
        source          TEXT NOT NULL,
        file_sha256     TEXT NOT NULL,
        sample          INTEGER NOT NULL,
        procedure_count INTEGER NOT NULL,
        entry_seq       INTEGER NOT NULL REFERENCES entries (seq)
      );

      -- A procedure exactly as the counter showed it, kept for as long as anything refers to
      -- it: a dossier keeps the checklist, fees and times it was received against.
      CREATE TABLE procedure_snapshots (
        hash TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        body TEXT NOT NULL
      );
      CREATE TRIGGER procedure_snapshots_immutable BEFORE UPDATE ON procedure_snapshots
      BEGIN SELECT RAISE(ABORT, 'procedure snapshots are immutable'); END;

      CREATE TABLE catalogue_items (
        version_id    INTEGER NOT NULL REFERENCES catalogue_versions (id),
        code          TEXT NOT NULL,
        snapshot_hash TEXT NOT NULL REFERENCES procedure_snapshots (hash),
        PRIMARY KEY (version_id, code)
      );

      CREATE TABLE procedure_usage (
        code TEXT PRIMARY KEY,
        uses INTEGER NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'device settings',
    sql: `
      -- The current settings of each counter device; every change is a ledger entry.
      CREATE TABLE device_settings (
        device    TEXT PRIMARY KEY,
        settings  TEXT NOT NULL,
        entry_seq INTEGER NOT NULL REFERENCES entries (seq)
      );
    `,
  },
  {
    version: 5,
    name: 'print jobs',
    sql: `
      -- The receipt printer's queue. A row is written in the transaction of the entry that
      -- queues it (caused_by_seq); printed, failed and each new problem are entries of their own
      -- (outcome_seq, reported_problem), posted by the print worker as the system.
      CREATE TABLE print_jobs (
        id               TEXT PRIMARY KEY,
        kind             TEXT NOT NULL CHECK (kind IN ('receipt', 'reprint', 'test')),
        reference        TEXT NOT NULL,
        documents        TEXT NOT NULL,
        paper_width      INTEGER CHECK (paper_width IN (80, 58)),
        state            TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'waiting', 'printed', 'failed')),
        problem          TEXT CHECK (problem IN ('paperOut', 'coverOpen', 'offline', 'unreachable')),
        reported_problem TEXT,
        problem_changes  INTEGER NOT NULL DEFAULT 0,
        attempts         INTEGER NOT NULL DEFAULT 0,
        created_at       TEXT NOT NULL,
        printed_at       TEXT,
        caused_by_seq    INTEGER NOT NULL REFERENCES entries (seq),
        outcome_seq      INTEGER REFERENCES entries (seq)
      );
      CREATE INDEX print_jobs_open ON print_jobs (state) WHERE state NOT IN ('printed', 'failed');
      CREATE INDEX print_jobs_reference ON print_jobs (reference);
    `,
  },
  {
    version: 6,
    name: 'dossiers',
    sql: `
      CREATE TABLE dossiers (
        slip_number    TEXT PRIMARY KEY,
        day            TEXT NOT NULL,
        sequence       INTEGER NOT NULL,
        s10            TEXT NOT NULL UNIQUE,
        s10_serial     INTEGER,
        s10_from_range INTEGER NOT NULL,
        weight_seq     INTEGER NOT NULL UNIQUE REFERENCES entries (seq),
        received_at    TEXT NOT NULL,
        due_date       TEXT NOT NULL,
        total_vnd      INTEGER NOT NULL,
        body           TEXT NOT NULL,
        qr_payload     TEXT NOT NULL,
        entry_seq      INTEGER NOT NULL UNIQUE REFERENCES entries (seq),
        UNIQUE (day, sequence)
      );

      -- Every paper or PDF made of a receipt: number 0 is the original, then reprints 1, 2, …
      CREATE TABLE receipt_issues (
        slip_number TEXT NOT NULL REFERENCES dossiers (slip_number),
        channel     TEXT NOT NULL,
        number      INTEGER NOT NULL,
        entry_seq   INTEGER NOT NULL REFERENCES entries (seq),
        PRIMARY KEY (slip_number, number)
      );
    `,
  },
  {
    version: 7,
    name: 'province as one of the 34 codes',
    sql: `
      -- The province is one of the 34 provinces and cities (shared/identity/provinces.ts), by code.
      -- \`province\` keeps the name as set up; a text typed before this version that names no
      -- province stays there with a NULL code, and a manager is asked to choose.
      ALTER TABLE counter ADD COLUMN province_code TEXT;
    `,
    data: (db) => {
      const row = db.prepare('SELECT province FROM counter WHERE id = 1').get() as { province: string } | undefined;
      const r = row && resolveProvince(row.province);
      if (r?.ok) db.prepare('UPDATE counter SET province_code = ? WHERE id = 1').run(r.province.code);
    },
  },
  {
    version: 8,
    name: 'agency directory',
    sql: `
      -- The competent agencies' address, phone and one-stop department code (Decision 20/2020),
      -- which the national procedure record does not carry. Every change is an agency.updated
      -- entry (entry_seq, the latest); loaded from resources/agencies at set-up, edited by a
      -- manager, later filled by the province's sync.
      CREATE TABLE agencies (
        name      TEXT PRIMARY KEY,
        code      TEXT,
        address   TEXT,
        phone     TEXT,
        sample    INTEGER NOT NULL CHECK (sample IN (0, 1)),
        source    TEXT NOT NULL CHECK (source IN ('file', 'manager', 'sync')),
        entry_seq INTEGER NOT NULL REFERENCES entries (seq)
      ) STRICT;
    `,
  },
  {
    version: 9,
    name: 'commit cost and storage independent of the ledger size',
    sql: `
      -- The next S10 of the counter's range is one seek past the highest serial given from it.
      CREATE INDEX dossiers_s10_range ON dossiers (substr(s10, 1, 2), s10_serial) WHERE s10_from_range = 1;

      -- Stored answers are kept for a retention period and pruned oldest first.
      CREATE INDEX command_results_at ON command_results (at);

      -- A job names what to print (the dossier's slip, how many copies, the reprint mark); the
      -- receipt is drawn from the dossier's record when it is printed, not stored once per job.
      -- Jobs queued before this version get their copies and mark from the entry that queued them.
      CREATE TABLE print_jobs_v9 (
        id               TEXT PRIMARY KEY,
        kind             TEXT NOT NULL CHECK (kind IN ('receipt', 'reprint')),
        reference        TEXT NOT NULL,
        copies           INTEGER NOT NULL CHECK (copies >= 1),
        reprint_number   INTEGER,
        reprint_reason   TEXT,
        paper_width      INTEGER CHECK (paper_width IN (80, 58)),
        state            TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'waiting', 'printed', 'failed')),
        problem          TEXT CHECK (problem IN ('paperOut', 'coverOpen', 'offline', 'unreachable')),
        reported_problem TEXT,
        problem_changes  INTEGER NOT NULL DEFAULT 0,
        attempts         INTEGER NOT NULL DEFAULT 0,
        created_at       TEXT NOT NULL,
        printed_at       TEXT,
        caused_by_seq    INTEGER NOT NULL REFERENCES entries (seq),
        outcome_seq      INTEGER REFERENCES entries (seq),
        CHECK ((kind = 'reprint') = (reprint_number IS NOT NULL))
      );
      INSERT INTO print_jobs_v9
        SELECT j.id, j.kind, j.reference, json_array_length(j.documents),
               CASE WHEN j.kind = 'reprint' THEN json_extract(e.payload, '$.number') END,
               CASE WHEN j.kind = 'reprint' THEN json_extract(e.payload, '$.reason') END,
               j.paper_width, j.state, j.problem, j.reported_problem, j.problem_changes, j.attempts,
               j.created_at, j.printed_at, j.caused_by_seq, j.outcome_seq
        FROM print_jobs j JOIN entries e ON e.seq = j.caused_by_seq;
      DROP TABLE print_jobs;
      ALTER TABLE print_jobs_v9 RENAME TO print_jobs;
      -- Open jobs are counted and the oldest found on every status push: read them from a
      -- partial index whose size is the queue's, never the history's (queries repeat this WHERE).
      CREATE INDEX print_jobs_open ON print_jobs (caused_by_seq) WHERE state IN ('queued', 'printing', 'waiting');
      CREATE INDEX print_jobs_reference ON print_jobs (reference);

      -- The record is kept once, in the dossier.received entry's payload (dossiers.entry_seq).
      ALTER TABLE dossiers DROP COLUMN body;
    `,
  },
  {
    version: 10,
    name: 'a PDF original beside the printed one',
    sql: `
      -- Number 0 is the original of its channel (the printed copies, the first PDF); reprints
      -- 1, 2, … are numbered across both channels, so a number above 0 is unique per slip.
      CREATE TABLE receipt_issues_v10 (
        slip_number TEXT NOT NULL REFERENCES dossiers (slip_number),
        channel     TEXT NOT NULL CHECK (channel IN ('printer', 'pdf')),
        number      INTEGER NOT NULL CHECK (number >= 0),
        entry_seq   INTEGER NOT NULL REFERENCES entries (seq),
        PRIMARY KEY (slip_number, channel, number)
      );
      INSERT INTO receipt_issues_v10 SELECT slip_number, channel, number, entry_seq FROM receipt_issues;
      DROP TABLE receipt_issues;
      ALTER TABLE receipt_issues_v10 RENAME TO receipt_issues;
      CREATE UNIQUE INDEX receipt_issues_reprint ON receipt_issues (slip_number, number) WHERE number > 0;
    `,
  },
  {
    version: 11,
    name: 'PIN hashes peppered with a key kept outside the data folder',
    sql: `
      -- Hashes made before this version are plain scrypt; each is re-made with the pepper at
      -- its user's next successful sign-in (auth/pin-hash.ts).
      ALTER TABLE credentials ADD COLUMN scheme TEXT NOT NULL DEFAULT 'scrypt' CHECK (scheme IN ('scrypt', 'hmac-scrypt'));
    `,
  },
  {
    version: 12,
    name: 'dossier status',
    sql: `
      -- The status a dossier is in (shared/dossier/lifecycle.ts) and the entry that put it there.
      -- Dossiers taken in before this version are all still 'received': nothing else existed.
      ALTER TABLE dossiers ADD COLUMN status TEXT NOT NULL DEFAULT 'received';
      ALTER TABLE dossiers ADD COLUMN status_seq INTEGER REFERENCES entries (seq);
      UPDATE dossiers SET status_seq = entry_seq;
      CREATE INDEX dossiers_status_due ON dossiers (status, due_date);
    `,
  },
  {
    version: 13,
    name: 'dossier register: lookup by slip, ID number, phone, procedure and name words; entries per dossier',
    sql: `
      -- One row per dossier (by its dossier.received entry): the ways it is found besides the
      -- slip number and S10, which \`dossiers\` already indexes.
      CREATE TABLE dossier_lookup (
        seq            INTEGER PRIMARY KEY REFERENCES entries (seq),
        slip_number    TEXT NOT NULL UNIQUE,
        slip_compact   TEXT NOT NULL UNIQUE,
        id_number      TEXT NOT NULL,
        phone          TEXT NOT NULL,
        procedure_code TEXT NOT NULL
      );
      CREATE INDEX dossier_lookup_id_number ON dossier_lookup (id_number);
      CREATE INDEX dossier_lookup_phone ON dossier_lookup (phone);
      CREATE INDEX dossier_lookup_procedure ON dossier_lookup (procedure_code, seq);
      -- The applicant's name, folded, one row per word: a typed prefix is one range of this key,
      -- and the other words of the query are checked per dossier through the second index.
      CREATE TABLE dossier_name_words (
        word TEXT NOT NULL,
        seq  INTEGER NOT NULL REFERENCES entries (seq),
        PRIMARY KEY (word, seq)
      ) WITHOUT ROWID;
      CREATE INDEX dossier_name_words_seq ON dossier_name_words (seq, word);
      -- Every entry about a dossier (services/dossiers/dossier-links.ts): its timeline is one range.
      CREATE TABLE dossier_entries (
        slip_number TEXT NOT NULL,
        seq         INTEGER NOT NULL REFERENCES entries (seq),
        PRIMARY KEY (slip_number, seq)
      ) WITHOUT ROWID;
    `,
    data: (db) => {
      // A page at a time: better-sqlite3 cannot write while a read is still being iterated.
      const page = db.prepare('SELECT seq, kind, payload FROM entries WHERE seq > ? ORDER BY seq LIMIT 5000');
      for (let after = 0, rows; (rows = page.all(after) as { seq: number; kind: string; payload: string }[]).length > 0; after = rows.at(-1)!.seq) {
        for (const e of rows) {
          const payload = JSON.parse(e.payload) as Record<string, unknown>;
          // A record without an applicant explains no lookup row; `ledger verify` names such an entry.
          if (e.kind === 'dossier.received' && payload.applicant) indexLookupAndWords(db, payload as unknown as IndexedRecord, e.seq);
          linkEntries(db, dossierLinks(e.kind, payload, e.seq));
        }
      }
    },
  },
  {
    version: 14,
    name: 'dossier corrections and counter-side intake drafts',
    sql: `
      -- One row per dossier.corrected entry: what it changed, from what to what (JSON values).
      -- A field's current value is its newest row here, or the intake record when there is none.
      CREATE TABLE dossier_corrections (
        entry_seq    INTEGER PRIMARY KEY REFERENCES entries (seq),
        slip_number  TEXT NOT NULL REFERENCES dossiers (slip_number),
        field        TEXT NOT NULL,
        before       TEXT NOT NULL,
        after        TEXT NOT NULL,
        reason       TEXT NOT NULL,
        corrects_seq INTEGER NOT NULL REFERENCES entries (seq)
      );
      CREATE INDEX dossier_corrections_slip ON dossier_corrections (slip_number, field, entry_seq);

      -- The intake form a clerk is filling in, kept on the counter so a reload or a crash does not
      -- lose it. Not a ledger entry: a draft is not a business fact, and is overwritten freely.
      CREATE TABLE drafts (
        user_id    TEXT NOT NULL REFERENCES users (id),
        name       TEXT NOT NULL,
        body       TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (user_id, name)
      );
    `,
  },
  {
    version: 15,
    name: 'handover batches',
    sql: `
      -- Handover to the one-stop department (Biên bản giao nhận hồ sơ): a batch for one agency,
      -- open while dossiers are scanned into it, closed (immutable) once its receiver signed.
      CREATE TABLE handover_batches (
        number        TEXT PRIMARY KEY,
        day           TEXT NOT NULL,
        sequence      INTEGER NOT NULL,
        agency        TEXT NOT NULL,
        opened_at     TEXT NOT NULL,
        opened_seq    INTEGER NOT NULL REFERENCES entries (seq),
        signed_at     TEXT,
        receiver_name TEXT,
        signed_seq    INTEGER REFERENCES entries (seq),
        UNIQUE (day, sequence)
      ) STRICT;
      -- A dossier in a batch, and what the department said of it afterwards (back-fill).
      CREATE TABLE handover_items (
        batch_number     TEXT NOT NULL REFERENCES handover_batches (number),
        slip_number      TEXT NOT NULL REFERENCES dossiers (slip_number),
        added_seq        INTEGER NOT NULL REFERENCES entries (seq),
        department_code  TEXT,
        appointment_date TEXT,
        reason           TEXT,
        backfill_seq     INTEGER REFERENCES entries (seq),
        PRIMARY KEY (batch_number, slip_number)
      ) STRICT;
      CREATE INDEX handover_items_slip ON handover_items (slip_number);
      CREATE INDEX handover_batches_open ON handover_batches (signed_seq, agency);
    `,
  },
  {
    version: 16,
    name: 'results back from the agency',
    sql: `
      -- A result checked in at the post office (one per dossier): the check-in session whose
      -- record (Biên bản giao nhận kết quả) lists it, the fee still to collect, the invitations
      -- made to the citizen, and the entry that handed it back at the counter. What came back
      -- (papers, originals, papers to reclaim) stays in the check-in entry's payload.
      CREATE TABLE results (
        slip_number     TEXT PRIMARY KEY REFERENCES dossiers (slip_number),
        session         TEXT NOT NULL,
        checked_in_seq  INTEGER NOT NULL REFERENCES entries (seq),
        fee_due_vnd     INTEGER NOT NULL CHECK (fee_due_vnd >= 0),
        notices         INTEGER NOT NULL DEFAULT 0,
        last_notice_at  TEXT,
        returned_seq    INTEGER REFERENCES entries (seq)
      ) STRICT;
      CREATE INDEX results_session ON results (session);
      -- What waits to be returned is read from an index the size of the shelf, not the history.
      CREATE INDEX results_waiting ON results (checked_in_seq) WHERE returned_seq IS NULL;
      -- A result is also matched by the department's dossier code back-filled at handover.
      CREATE INDEX handover_items_department_code ON handover_items (department_code) WHERE department_code IS NOT NULL;

      -- The hand-over slip the citizen signs is printed like a receipt: a job of its own kind,
      -- drawn from the return entry when it is sent (SQLite cannot widen a CHECK in place). So is
      -- a signed handover batch's thermal summary, drawn from the batch; it was added here, not
      -- in a migration of its own, because this migration had not shipped yet.
      CREATE TABLE print_jobs_v16 (
        id               TEXT PRIMARY KEY,
        kind             TEXT NOT NULL CHECK (kind IN ('receipt', 'reprint', 'resultHandover', 'handoverSummary')),
        reference        TEXT NOT NULL,
        copies           INTEGER NOT NULL CHECK (copies >= 1),
        reprint_number   INTEGER,
        reprint_reason   TEXT,
        paper_width      INTEGER CHECK (paper_width IN (80, 58)),
        state            TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'waiting', 'printed', 'failed')),
        problem          TEXT CHECK (problem IN ('paperOut', 'coverOpen', 'offline', 'unreachable')),
        reported_problem TEXT,
        problem_changes  INTEGER NOT NULL DEFAULT 0,
        attempts         INTEGER NOT NULL DEFAULT 0,
        created_at       TEXT NOT NULL,
        printed_at       TEXT,
        caused_by_seq    INTEGER NOT NULL REFERENCES entries (seq),
        outcome_seq      INTEGER REFERENCES entries (seq),
        CHECK ((kind = 'reprint') = (reprint_number IS NOT NULL))
      );
      INSERT INTO print_jobs_v16 SELECT * FROM print_jobs;
      DROP TABLE print_jobs;
      ALTER TABLE print_jobs_v16 RENAME TO print_jobs;
      CREATE INDEX print_jobs_open ON print_jobs (caused_by_seq) WHERE state IN ('queued', 'printing', 'waiting');
      CREATE INDEX print_jobs_reference ON print_jobs (reference);
    `,
  },
  {
    version: 17,
    name: 'home delivery',
    sql: `
      -- A dossier on a home-delivery round (one row per dossier per round), with the S10 on the
      -- envelope and the address it is taken to.
      CREATE TABLE delivery_rounds (
        round_id    TEXT NOT NULL,
        slip_number TEXT NOT NULL REFERENCES dossiers (slip_number),
        day         TEXT NOT NULL,
        carrier     TEXT NOT NULL,
        s10         TEXT NOT NULL,
        address     TEXT NOT NULL,
        entry_seq   INTEGER NOT NULL REFERENCES entries (seq),
        PRIMARY KEY (round_id, slip_number)
      ) STRICT;
      CREATE INDEX delivery_rounds_slip ON delivery_rounds (slip_number);
      -- Each attempt at the door, numbered per dossier: delivered (to whom) or why not.
      CREATE TABLE delivery_attempts (
        slip_number         TEXT NOT NULL REFERENCES dossiers (slip_number),
        number              INTEGER NOT NULL,
        round_id            TEXT NOT NULL,
        day                 TEXT NOT NULL,
        outcome             TEXT NOT NULL CHECK (outcome IN ('delivered', 'failed')),
        reason              TEXT,
        note                TEXT,
        recipient_name      TEXT,
        recipient_id_number TEXT,
        entry_seq           INTEGER NOT NULL REFERENCES entries (seq),
        PRIMARY KEY (slip_number, number)
      ) STRICT;
    `,
  },
  {
    version: 18,
    name: 'dossier register: postings of name word pairs; handover summaries reprinted',
    sql: `
      -- Every two different words of an applicant's name (the smaller first) and the dossier: a
      -- name of common words typed in any order is found through one pair's postings, a few
      -- hundredths of either word's (services/dossiers/dossier-index.ts, dossier-register.ts).
      CREATE TABLE dossier_name_pairs (
        first  TEXT NOT NULL,
        second TEXT NOT NULL,
        seq    INTEGER NOT NULL REFERENCES entries (seq),
        PRIMARY KEY (first, second, seq)
      ) WITHOUT ROWID;
      -- Dossiers taken in before this version: their pairs are those of the words already indexed
      -- (corrected names' words included, as a correction adds them).
      INSERT INTO dossier_name_pairs (first, second, seq)
        SELECT a.word, b.word, a.seq FROM dossier_name_words a JOIN dossier_name_words b ON b.seq = a.seq AND b.word > a.word;

      -- A handover batch's thermal summary may be printed again (handover.summary_reprinted), and
      -- its job carries the reprint's number and reason as a receipt's reprint does: the CHECK
      -- that kept reprint numbers to receipts widens (SQLite cannot change a CHECK in place).
      CREATE TABLE print_jobs_v18 (
        id               TEXT PRIMARY KEY,
        kind             TEXT NOT NULL CHECK (kind IN ('receipt', 'reprint', 'resultHandover', 'handoverSummary')),
        reference        TEXT NOT NULL,
        copies           INTEGER NOT NULL CHECK (copies >= 1),
        reprint_number   INTEGER,
        reprint_reason   TEXT,
        paper_width      INTEGER CHECK (paper_width IN (80, 58)),
        state            TEXT NOT NULL CHECK (state IN ('queued', 'printing', 'waiting', 'printed', 'failed')),
        problem          TEXT CHECK (problem IN ('paperOut', 'coverOpen', 'offline', 'unreachable')),
        reported_problem TEXT,
        problem_changes  INTEGER NOT NULL DEFAULT 0,
        attempts         INTEGER NOT NULL DEFAULT 0,
        created_at       TEXT NOT NULL,
        printed_at       TEXT,
        caused_by_seq    INTEGER NOT NULL REFERENCES entries (seq),
        outcome_seq      INTEGER REFERENCES entries (seq),
        CHECK (kind <> 'reprint' OR reprint_number IS NOT NULL),
        CHECK (reprint_number IS NULL OR kind IN ('reprint', 'handoverSummary'))
      );
      INSERT INTO print_jobs_v18 SELECT * FROM print_jobs;
      DROP TABLE print_jobs;
      ALTER TABLE print_jobs_v18 RENAME TO print_jobs;
      CREATE INDEX print_jobs_open ON print_jobs (caused_by_seq) WHERE state IN ('queued', 'printing', 'waiting');
      CREATE INDEX print_jobs_reference ON print_jobs (reference);
    `,
  },
  dayMigration,
  syncStateMigration,
  officeViewMigration,
  agencyResultsReadyMigration,
];

export const latestVersion = migrations[migrations.length - 1]!.version;
