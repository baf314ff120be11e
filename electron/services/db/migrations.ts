// Numbered schema migrations, applied in order at start-up and tracked in PRAGMA user_version.
// Never edit a migration that has shipped: add the next number instead.
import type Database from 'better-sqlite3';
import { resolveProvince } from '../../../shared/identity/provinces';

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
];

export const latestVersion = migrations[migrations.length - 1]!.version;
