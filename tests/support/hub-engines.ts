// The hub's two storage engines for a test file: embedded PGlite in a temp folder, and a real
// PostgreSQL cluster started for the file. `describe.each(hubEngines)` runs a suite on both.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openHubDatabase } from '../../hub/db/open-hub-database';
import type { HubDatabase } from '../../hub/db/hub-database';
import { startPostgresCluster, type PostgresCluster } from './postgres-cluster';

let cluster: Promise<PostgresCluster> | null = null;
let databases = 0;

export interface HubEngine {
  name: 'pglite' | 'postgres';
  /** A fresh, migrated hub database and how to drop it. */
  open(): Promise<{ db: HubDatabase; dispose(): Promise<void> }>;
}

export const hubEngines: HubEngine[] = [
  {
    name: 'pglite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'hub-pglite-'));
      const db = await openHubDatabase({ dataDir: dir });
      return { db, dispose: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
  {
    name: 'postgres',
    async open() {
      cluster ??= startPostgresCluster();
      const url = await (await cluster).createDatabase(`hub_${process.pid}_${++databases}`);
      const db = await openHubDatabase({ url });
      return { db, dispose: () => db.close() };
    },
  },
];

/** The cluster of this test file, started on first use (for restarts); stop it in afterAll. */
export async function postgresCluster(): Promise<PostgresCluster> {
  cluster ??= startPostgresCluster();
  return cluster;
}

export async function stopPostgresCluster(): Promise<void> {
  if (cluster) await (await cluster).stop();
  cluster = null;
}
