// The connector's tables, one step of the hub's numbered migrations (hub/db/migrations.ts).
export const onestopConnectorMigration = {
  version: 90,
  sql: `
      -- Dossiers the connector may send up: the record as the counter kept it (the dossier.received
      -- payload, so a dossier can still be sent after its month of entries is archived), the
      -- dossier code the hub gave it (delegated numbering) and the last department status turned
      -- into a directive (so a status reported twice makes one directive).
      CREATE TABLE onestop_dossiers (
        office_code text NOT NULL,
        slip_number text NOT NULL,
        counter_id text NOT NULL,
        record text NOT NULL,
        ma_ho_so text UNIQUE,
        sent boolean NOT NULL DEFAULT false,
        closed boolean NOT NULL DEFAULT false,
        accepted boolean NOT NULL DEFAULT false,
        last_status_down text,
        -- When the connector last asked for it: the least recently asked go first.
        polled_at timestamptz,
        PRIMARY KEY (office_code, slip_number)
      );
      CREATE INDEX onestop_dossiers_open ON onestop_dossiers (polled_at NULLS FIRST) WHERE sent AND NOT closed;

      -- The last sequence number given per department and receipt day (<unit>-YYMMDD-NNNN).
      CREATE TABLE onestop_code_days (unit_code text NOT NULL, yymmdd text NOT NULL, last integer NOT NULL, PRIMARY KEY (unit_code, yymmdd));

      -- Upstream calls to make, written in the transaction of the ingest that causes them and sent
      -- in id order. A progress update has its (MaHoSo, TrangThai, ThoiDiemXuLy) key: the convention
      -- gives it no idempotency key, so the same report can be queued only once. \`problem\` parks a
      -- call that can never succeed as it is (no unit code, refused as invalid) for an operator.
      CREATE TABLE onestop_outbox (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        ma_ho_so text,
        payload text,
        progress_key text UNIQUE,
        problem text,
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL,
        sent_at timestamptz
      );
      CREATE INDEX onestop_outbox_pending ON onestop_outbox (id) WHERE sent_at IS NULL AND problem IS NULL;

      -- The SHA-256 of the last procedure list published to the counters as a catalogue version.
      CREATE TABLE onestop_catalogue (id integer PRIMARY KEY CHECK (id = 1), sha256 text NOT NULL, directive_id bigint NOT NULL, fetched_at timestamptz NOT NULL);
    `,
};
