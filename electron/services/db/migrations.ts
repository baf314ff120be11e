// Numbered schema migrations, applied in order at start-up and tracked in PRAGMA user_version.
// Never edit a migration that has shipped: add the next number instead.

export interface Migration {
  version: number;
  name: string;
  sql: string;
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
];

export const latestVersion = migrations[migrations.length - 1]!.version;
