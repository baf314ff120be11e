// `npm run bench -- sync [--entries N] [--directives N]`: the province hub's catch-up and pull.
// A 100,000-entry backlog (or --entries) from one counter, pushed over signed HTTP on loopback in
// batches of maxPushBatch, into a private PostgreSQL cluster and into embedded PGlite; then the
// hub's ingest called directly (no HTTP) beside the peer in the same run: the same entries stored
// with one INSERT per entry (no checks, committed every maxPushBatch rows). Then a pull of 10,000 directives (or --directives) in pages of
// maxPullBatch, beside the peer of pages of 50. Never run unless named.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { enrolCounter, exchangeEnrolmentCode } from '../../hub/counters';
import { ingest } from '../../hub/ingest';
import type { HubDatabase } from '../../hub/db/hub-database';
import { openHubDatabase } from '../../hub/db/open-hub-database';
import { ensureMonthPartitions, monthOf } from '../../hub/entry-partitions';
import { startHub } from '../../hub/server';
import { maxPullBatch, maxPushBatch } from '../../shared/sync/protocol';
import { enrol, pull, push, TestChain } from '../support/hub-counter';
import { startPostgresCluster } from '../support/postgres-cluster';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const rate = (n: number, ms: number) => `${Math.round(n / (ms / 1000)).toLocaleString('en')}/s`;

/** A counter's day: intakes with a realistic payload size, and the odd handover with moves. */
function backlog(n: number): TestChain {
  const chain = new TestChain();
  chain.append(n, (seq) =>
    seq % 10 === 0
      ? { kind: 'handover.batch_created', payload: { batch: `B${seq}`, moves: [{ slipNumber: `700000-01-261130-${String((seq - 1) % 9999 + 1).padStart(4, '0')}X`, from: 'received', to: 'inBatch' }] } }
      : {
          kind: 'dossier.received',
          payload: {
            slipNumber: `700000-01-261130-${String(seq % 9999 + 1).padStart(4, '0')}X-${seq}`,
            receivedAt: '2026-11-30T08:00:00+07:00',
            service: 'full',
            totalVnd: 52_000,
            procedure: { code: `1.00${seq % 500}`, name: 'Cấp bản sao trích lục hộ tịch', agency: 'Sở Tư pháp' },
            applicant: { name: 'Nguyễn Văn An', idNumber: '001085012345', phone: '0912345678', address: '12 Lê Lợi, phường Bến Nghé' },
            papers: [{ index: 0, name: 'Tờ khai', originals: 1, copies: 0 }, { index: 1, name: 'CCCD', originals: 0, copies: 1 }],
          },
        },
  );
  return chain;
}

async function catchUp(db: HubDatabase, chain: TestChain): Promise<number> {
  const hub = await startHub({ database: db });
  try {
    const { code } = await enrolCounter(db, { officeCode: '700000', counterNumber: 1 });
    const r = await enrol(hub.url, { code, deviceId: chain.deviceId, officeCode: '700000', counterNumber: 1 });
    const creds = { counterId: r.body.counterId as string, secret: r.body.secret as string };
    const t = performance.now();
    for (let i = 0; i < chain.entries.length; i += maxPushBatch) {
      const reply = await push(hub.url, creds, chain.entries.slice(i, i + maxPushBatch));
      if (reply.status !== 200) throw new Error(JSON.stringify(reply.body));
    }
    return performance.now() - t;
  } finally {
    await hub.close();
  }
}

/** The hub's own ingest without HTTP: the storage path alone, comparable with the peer. */
async function ingestDirect(db: HubDatabase, chain: TestChain): Promise<number> {
  const { code } = await enrolCounter(db, { officeCode: '700000', counterNumber: 2 });
  const { counterId } = await exchangeEnrolmentCode(db, { code, deviceId: chain.deviceId, officeCode: '700000', counterNumber: 2 });
  const t = performance.now();
  for (let i = 0; i < chain.entries.length; i += maxPushBatch) await ingest(db, counterId, chain.entries.slice(i, i + maxPushBatch));
  return performance.now() - t;
}

/** The peer: one INSERT per entry into the same table, committed every maxPushBatch rows. */
async function oneInsertPerEntry(db: HubDatabase, chain: TestChain): Promise<number> {
  await ensureMonthPartitions(db, new Set(chain.entries.map((e) => monthOf(e.at)!)));
  const t = performance.now();
  for (let i = 0; i < chain.entries.length; i += maxPushBatch) {
    await db.transaction(async (tx) => {
      for (const e of chain.entries.slice(i, i + maxPushBatch)) {
        await tx.query(
          `INSERT INTO hub_entries (counter_id, seq, at_month, kind, payload, actor_kind, actor_user_id, device_id, at, at_local, idempotency_key, corrects_seq, prev_hash, hash, received_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now()) ON CONFLICT DO NOTHING`,
          ['peer', e.seq, monthOf(e.at), e.kind, e.payload, e.actorKind, e.actorUserId, e.deviceId, e.at, e.atLocal, e.idempotencyKey, e.correctsSeq, e.prevHash, e.hash],
        );
      }
    });
  }
  return performance.now() - t;
}

async function pullAll(db: HubDatabase, directives: number): Promise<{ pages500: number; pages50: number }> {
  // Set-up in bulk: the figure is the pull, not the publishing.
  for (let i = 0; i < directives; i += 1000) {
    await db.query(
      `INSERT INTO hub_directives (kind, payload, target_all, published_at, published_by)
       SELECT 'calendar.override', '{"date":"2026-12-05","dayType":"workingDay","reason":"Làm bù"}', true, now(), 'bench' FROM generate_series(1, $1)`,
      [Math.min(1000, directives - i)],
    );
  }
  const hub = await startHub({ database: db });
  try {
    const { code } = await enrolCounter(db, { officeCode: '700001', counterNumber: 1 });
    const r = await enrol(hub.url, { code, deviceId: 'bench-pull', officeCode: '700001', counterNumber: 1 });
    const creds = { counterId: r.body.counterId as string, secret: r.body.secret as string };
    const drain = async (limit: number) => {
      const t = performance.now();
      let cursor = 0;
      let got = 0;
      for (;;) {
        const page = await pull(hub.url, creds, cursor, limit);
        got += page.body.directives.length;
        cursor = page.body.cursor;
        if (!page.body.more) break;
      }
      if (got !== directives) throw new Error(`pulled ${got} of ${directives}`);
      return performance.now() - t;
    };
    return { pages500: await drain(maxPullBatch), pages50: await drain(50) };
  } finally {
    await hub.close();
  }
}

export async function syncBench(): Promise<void> {
  const entries = option('entries', 100_000);
  const directives = option('directives', 10_000);
  const chain = backlog(entries);
  const cluster = await startPostgresCluster();
  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  try {
    const engines: [string, () => Promise<HubDatabase>][] = [
      ['PostgreSQL', async () => openHubDatabase({ url: await cluster.createDatabase(`bench_${Date.now()}`) })],
      ['PGlite', () => openHubDatabase({ dataDir: mkdtempSync(join(dir, 'pglite-')) })],
    ];
    for (const [name, open] of engines) {
      const db = await open();
      try {
        const hubMs = await catchUp(db, chain);
        const directMs = await ingestDirect(db, chain);
        const peerMs = await oneInsertPerEntry(db, chain);
        const [held] = await db.query<{ n: number }>("SELECT count(*) AS n FROM hub_entries WHERE counter_id <> 'peer'");
        console.log(
          `${name}: catch-up of ${entries.toLocaleString('en')} entries over signed HTTP ${rate(entries, hubMs)} (${(hubMs / 1000).toFixed(1)} s); ` +
            `the hub's ingest alone ${rate(entries, directMs)} — peer one INSERT per entry ${rate(entries, peerMs)}; ingest/peer ${(peerMs / directMs).toFixed(1)}× (${held!.n} held)`,
        );
        const p = await pullAll(db, directives);
        console.log(
          `${name}: pull of ${directives.toLocaleString('en')} directives ${rate(directives, p.pages500)} in pages of ${maxPullBatch} — ` +
            `peer pages of 50 ${rate(directives, p.pages50)}; ratio ${(p.pages50 / p.pages500).toFixed(1)}×`,
        );
      } finally {
        await db.close();
      }
    }
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
