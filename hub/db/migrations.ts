// The hub's schema in numbered steps. The same SQL runs on PostgreSQL and PGlite. A step, once
// shipped, is never edited: a change is a new step.
import { onestopConnectorMigration } from '../connector/schema';
import type { HubDatabase } from './hub-database';

const migrations: HubMigration[] = [
  {
    version: 1,
    sql: `
      -- Key/value settings of the hub (the read-side token).
      CREATE TABLE hub_settings (key text PRIMARY KEY, value text NOT NULL);

      -- One row per enrolled counter. The head (acked_seq, head_hash) is the last entry held, and
      -- the row is the lock one counter's ingest takes (SELECT … FOR UPDATE), which is what keeps
      -- (counter_id, seq) unique across the month partitions of hub_entries.
      CREATE TABLE hub_counters (
        id text PRIMARY KEY,
        office_code text NOT NULL,
        counter_number integer NOT NULL,
        device_id text NOT NULL,
        -- The HMAC key itself: verifying a signature needs it (base64 of 32 random bytes).
        secret text NOT NULL,
        enrolled_at timestamptz NOT NULL,
        revoked_at timestamptz,
        acked_seq bigint NOT NULL DEFAULT 0,
        head_hash text NOT NULL,
        -- The counter's own time of its last entry held (text as signed).
        head_at text,
        last_seen_at timestamptz,
        last_push_at timestamptz
      );
      CREATE INDEX hub_counters_office ON hub_counters (office_code, counter_number);

      -- One-time enrolment codes: only their SHA-256 is kept.
      CREATE TABLE hub_enrolment_codes (
        code_hash text PRIMARY KEY,
        office_code text NOT NULL,
        counter_number integer NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        counter_id text
      );

      -- Nonces seen within the clock-skew window; older ones are pruned (a request that old is
      -- refused for its timestamp anyway).
      CREATE TABLE hub_nonces (
        counter_id text NOT NULL,
        nonce text NOT NULL,
        seen_at timestamptz NOT NULL,
        PRIMARY KEY (counter_id, nonce)
      );
      CREATE INDEX hub_nonces_seen ON hub_nonces (seen_at);

      -- Every counter's ledger entries, as signed, partitioned by the month of the entry's own
      -- time (at_month), so old months can be detached and archived whole. Partitions are made on
      -- demand (hub/entry-partitions.ts).
      CREATE TABLE hub_entries (
        counter_id text NOT NULL,
        seq bigint NOT NULL,
        at_month date NOT NULL,
        kind text NOT NULL,
        payload text NOT NULL,
        actor_kind text NOT NULL,
        actor_user_id text,
        device_id text NOT NULL,
        at text NOT NULL,
        at_local text NOT NULL,
        idempotency_key text NOT NULL,
        corrects_seq bigint,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (counter_id, seq, at_month)
      ) PARTITION BY RANGE (at_month);

      -- A chain the hub refused: the counter and the seq, raised once and counted on repeats.
      CREATE TABLE hub_alerts (
        id bigserial PRIMARY KEY,
        counter_id text NOT NULL,
        code text NOT NULL,
        seq bigint NOT NULL,
        detail text NOT NULL,
        first_raised_at timestamptz NOT NULL,
        last_raised_at timestamptz NOT NULL,
        times integer NOT NULL DEFAULT 1,
        UNIQUE (counter_id, code, seq)
      );

      -- What the province publishes to counters, on one hub-wide increasing id (the pull cursor).
      -- Exactly one of the targets applies: all, one office, or one counter.
      CREATE TABLE hub_directives (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        payload text NOT NULL,
        target_all boolean NOT NULL,
        target_office text,
        target_counter text,
        published_at timestamptz NOT NULL,
        published_by text NOT NULL
      );

      -- The province's view of dossiers, kept at ingest from the entries' payloads: the
      -- dossier.received entry makes the row, the \`moves\` of later entries change its status.
      CREATE TABLE hub_dossiers (
        office_code text NOT NULL,
        slip_number text NOT NULL,
        counter_id text NOT NULL,
        entry_seq bigint NOT NULL,
        day date,
        received_at text NOT NULL,
        agency text,
        procedure_code text,
        service text,
        total_vnd bigint,
        status text NOT NULL,
        status_seq bigint NOT NULL,
        PRIMARY KEY (office_code, slip_number)
      );
      CREATE INDEX hub_dossiers_status ON hub_dossiers (status, day);
      CREATE INDEX hub_dossiers_office ON hub_dossiers (office_code, day);
      CREATE INDEX hub_dossiers_agency ON hub_dossiers (agency, day);
      CREATE INDEX hub_dossiers_day ON hub_dossiers (day);
    `,
  },
  {
    version: 2,
    sql: `
      -- Entries dated in months far from the hub's clock (a counter whose clock is years off) land
      -- here rather than in a partition of their own (hub/entry-partitions.ts says why).
      CREATE TABLE hub_entries_default PARTITION OF hub_entries DEFAULT;
    `,
  },
  // The one-stop connector's tables (90: numbered apart so the hub's own steps keep 2…89).
  onestopConnectorMigration,
];

export interface HubMigration {
  version: number;
  sql: string;
}

/** Brings the schema up to the latest step (or to the last of `steps`); each step in its own transaction. */
export async function migrate(db: HubDatabase, steps: readonly HubMigration[] = migrations): Promise<void> {
  await db.query('CREATE TABLE IF NOT EXISTS hub_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)');
  const done = new Set((await db.query<{ version: number }>('SELECT version FROM hub_migrations')).map((r) => Number(r.version)));
  for (const m of steps) {
    if (done.has(m.version)) continue;
    await db.transaction(async (tx) => {
      // Two hubs starting on one empty database: the second waits here, then finds the step done.
      await tx.query('LOCK TABLE hub_migrations IN EXCLUSIVE MODE');
      const again = await tx.query('SELECT 1 FROM hub_migrations WHERE version = $1', [m.version]);
      if (again.length > 0) return;
      // The step as one script: splitting it ourselves would break on a ';' or '--' inside a string.
      await tx.exec(m.sql);
      await tx.query('INSERT INTO hub_migrations (version, applied_at) VALUES ($1, now())', [m.version]);
    });
  }
}

export const latestHubMigration = migrations.at(-1)!.version;
