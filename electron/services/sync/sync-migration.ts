// Migration 20: the counter's sync with its province hub (issue 13).
import type { Migration } from '../db/migrations';

export const syncStateMigration: Migration = {
  version: 20,
  name: 'counter sync state',
  sql: `
    -- Where this counter syncs and how far. One row once enrolled. NOT a read model: the acked seq
    -- and hash are the hub's acknowledgements and the pull cursor the hub's numbering, facts no
    -- entry can record (an entry per acknowledgement would itself wait to be acknowledged), so
    -- \`ledger verify\` does not rebuild them; losing them only makes the next sync resend entries
    -- the hub already holds (stored once) and re-ask for directives (applied once, by their key).
    CREATE TABLE sync_state (
      id                INTEGER PRIMARY KEY CHECK (id = 1),
      hub_url           TEXT NOT NULL,
      counter_id        TEXT NOT NULL,
      acked_seq         INTEGER NOT NULL DEFAULT 0 CHECK (acked_seq >= 0),
      acked_hash        TEXT NOT NULL,
      pull_cursor       INTEGER NOT NULL DEFAULT 0 CHECK (pull_cursor >= 0),
      -- Hub time minus this PC's time, measured from a refusal's hubTime; signs every request.
      clock_offset_ms   INTEGER NOT NULL DEFAULT 0,
      -- The last failure as a code and its parameters (JSON), worded by the screens.
      last_error_code   TEXT,
      last_error_params TEXT,
      -- Set when the hub refused this counter's history or credentials: no automatic retries.
      refused           INTEGER NOT NULL DEFAULT 0 CHECK (refused IN (0, 1)),
      offline_since     TEXT,
      last_success_at   TEXT
    ) STRICT;
    -- Dossiers the hub does not hold yet, counted from the acked seq (the status bar's number).
    CREATE INDEX dossiers_entry_seq ON dossiers (entry_seq);
    -- The centre's directives as received (derived from the centre.* entries; rebuilt by verify).
    CREATE TABLE centre_directives (
      directive_id INTEGER PRIMARY KEY,
      kind         TEXT NOT NULL,
      outcome      TEXT NOT NULL CHECK (outcome IN ('applied', 'recorded', 'refused', 'awaitingManager', 'accepted', 'rejected')),
      published_by TEXT NOT NULL,
      entry_seq    INTEGER NOT NULL REFERENCES entries (seq)
    ) STRICT;
    -- The years of holiday decisions the centre published (calendar.override directives): each
    -- replaces that year of resources/calendar/overrides.json. Rebuilt by verify from the entries.
    CREATE TABLE centre_calendar_years (
      year      INTEGER PRIMARY KEY,
      overrides TEXT NOT NULL,
      entry_seq INTEGER NOT NULL REFERENCES entries (seq)
    ) STRICT;
    -- The postal tariff the centre published last (tariff.version directives), in force instead of
    -- the file in resources/tariff. Rebuilt by verify from the entries.
    CREATE TABLE centre_tariff (
      id        INTEGER PRIMARY KEY CHECK (id = 1),
      version   TEXT NOT NULL,
      tariff    TEXT NOT NULL,
      entry_seq INTEGER NOT NULL REFERENCES entries (seq)
    ) STRICT;
  `,
};
