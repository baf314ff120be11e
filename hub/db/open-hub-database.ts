// Opens the hub's database: embedded PGlite in a folder (the default, nothing to install) or a
// PostgreSQL server by URL (a province's system of record). Both are brought to the latest schema.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { HubDatabase, HubQueryable } from './hub-database';
import { migrate } from './migrations';

export type HubDatabaseLocation = { dataDir: string } | { url: string };

// bigint columns (seqs, ids, counts) as numbers on both engines: every value the hub keeps fits
// in 2^53 (a counter would need centuries of entries to pass it).
const int8 = 20;
const toNumber = (v: string) => Number(v);

export async function openHubDatabase(location: HubDatabaseLocation): Promise<HubDatabase> {
  const db = 'url' in location ? openPostgres(location.url) : await openPglite(location.dataDir);
  try {
    await migrate(db);
  } catch (e) {
    await db.close();
    throw e;
  }
  return db;
}

function openPostgres(url: string): HubDatabase {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    types: { getTypeParser: (oid, format) => (oid === int8 ? toNumber : pg.types.getTypeParser(oid, format)) } as pg.CustomTypesConfig,
  });
  // An idle client losing its server (a restart) must not crash the hub: the next query reconnects.
  pool.on('error', () => {});
  const run = async <Row>(q: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]) =>
    (await q.query(sql, params as unknown[] | undefined)).rows as Row[];
  // Without parameters pg sends the simple query protocol, which takes several statements at once.
  const exec = async (q: pg.Pool | pg.PoolClient, sql: string) => void (await q.query(sql));
  return {
    engine: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    exec: (sql) => exec(pool, sql),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const tx: HubQueryable = { query: (sql, params) => run(client, sql, params), exec: (sql) => exec(client, sql) };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => {});
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<HubDatabase> {
  mkdirSync(dataDir, { recursive: true });
  const lite = await PGlite.create(dataDir, { parsers: { [int8]: toNumber } });
  return {
    engine: 'pglite',
    query: async (sql, params) => (await lite.query(sql, params as unknown[] | undefined)).rows as never,
    exec: async (sql) => void (await lite.exec(sql)),
    transaction: (fn) =>
      lite.transaction((tx) =>
        fn({ query: async (sql, params) => (await tx.query(sql, params as unknown[] | undefined)).rows as never, exec: async (sql) => void (await tx.exec(sql)) }),
      ),
    close: () => lite.close(),
  };
}
