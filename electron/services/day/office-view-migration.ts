// Migration 21: the other counters' days the manager imported (office-view.ts). One row per
// counter and day: the latest imported file's facts and the entry that holds its figures.
// Rebuilt from the `office.day_imported` entries by `ledger verify` (ledger/read-models.ts).
import type { Migration } from '../db/migrations';

export const officeViewMigration: Migration = {
  version: 21,
  name: 'office view: imported day files of the office counters',
  sql: `
    CREATE TABLE office_day_imports (
      counter_number INTEGER NOT NULL,
      day            TEXT NOT NULL,
      device_id      TEXT NOT NULL,
      -- The counter's Ed25519 public key (SPKI, base64): pinned by its first import.
      public_key     TEXT NOT NULL,
      state          TEXT NOT NULL,
      z_number       INTEGER,
      provisional    INTEGER NOT NULL,
      last_seq       INTEGER,
      last_hash      TEXT,
      entry_seq      INTEGER NOT NULL REFERENCES entries (seq),
      PRIMARY KEY (counter_number, day)
    ) STRICT;
    CREATE INDEX office_day_imports_by_day ON office_day_imports (day);
  `,
};
