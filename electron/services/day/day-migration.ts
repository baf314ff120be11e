// Migration 19: the day's derived tables. Every entry gets one `day_lines` row naming the local
// day it counts on (a closed day's late entries count on the next open day) with the money and
// dossier facts the X/Z reports add up, so a day's report reads that day's rows only, never the
// ledger. `drawers` holds drawer sessions, `day_closes` the Z reports. All three are rebuilt from
// the entries by `ledger verify` (ledger/read-models.ts through day-lines.ts).
import type { Migration } from '../db/migrations';
import { indexExistingEntries } from './day-lines';

export const dayMigration: Migration = {
  version: 19,
  name: 'end of day: day lines, drawer sessions, Z reports',
  sql: `
    CREATE TABLE day_lines (
      seq            INTEGER PRIMARY KEY REFERENCES entries (seq),
      day            TEXT NOT NULL,
      -- The entry's own local time, copied so that a report never reads the (large) entry rows.
      at_local       TEXT NOT NULL,
      -- The closed day this entry corrects or would have belonged to; null for an ordinary entry.
      late_for       TEXT,
      kind           TEXT NOT NULL,
      user_id        TEXT,
      drawer_id      TEXT,
      slip_number    TEXT,
      agency         TEXT,
      service        TEXT,
      procedure      TEXT,
      payer          TEXT,
      method         TEXT,
      reference      TEXT,
      receipt_number TEXT,
      reason         TEXT,
      fee_exemption  TEXT,
      -- How many dossiers the entry counts for (a handover batch names several).
      items          INTEGER NOT NULL DEFAULT 1,
      fees_vnd       INTEGER NOT NULL DEFAULT 0,
      postal_vnd     INTEGER NOT NULL DEFAULT 0,
      exempt_vnd     INTEGER NOT NULL DEFAULT 0,
      tendered_vnd   INTEGER NOT NULL DEFAULT 0,
      change_vnd     INTEGER NOT NULL DEFAULT 0,
      -- What the entry did to its drawer's cash: + taken or paid in, − change, refunds, paid out.
      cash_vnd       INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    CREATE INDEX day_lines_by_day ON day_lines (day, kind);
    CREATE INDEX day_lines_by_drawer ON day_lines (drawer_id) WHERE drawer_id IS NOT NULL;
    CREATE TABLE drawers (
      drawer_id  TEXT PRIMARY KEY,
      day        TEXT NOT NULL,
      user_id    TEXT,
      opened_seq INTEGER NOT NULL REFERENCES entries (seq),
      float_vnd  INTEGER NOT NULL,
      closed_seq INTEGER REFERENCES entries (seq)
    ) STRICT;
    CREATE INDEX drawers_by_day ON drawers (day);
    CREATE INDEX drawers_by_user ON drawers (user_id, opened_seq);
    CREATE TABLE day_closes (
      seq         INTEGER PRIMARY KEY REFERENCES entries (seq),
      day         TEXT NOT NULL,
      z_number    INTEGER NOT NULL,
      provisional INTEGER NOT NULL,
      last_seq    INTEGER,
      last_hash   TEXT
    ) STRICT;
    CREATE INDEX day_closes_by_day ON day_closes (day);
    CREATE INDEX day_closes_by_z ON day_closes (z_number);
  `,
  data: (db) => indexExistingEntries(db),
};
