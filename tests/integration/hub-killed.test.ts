// The hub killed between its commit and the ack, for real: the hub runs as its own process
// (`hub/cli.ts serve`, on a PGlite folder and on a real PostgreSQL), the fault proxy receives
// its reply to a push — so the hub has committed — and withholds it while the test kills the
// hub with SIGKILL; the counter's connection is then closed. The hub is started again on the
// same database and the counter's sync retries. Afterwards every entry is in the hub once, the
// chain verifies, and both sides agree on the head.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { enrolCounter } from '../../hub/counters';
import { openHubDatabase, type HubDatabaseLocation } from '../../hub/db/open-hub-database';
import type { CommandOutput } from '../../shared/contract/commands';
import { syncPaths } from '../../shared/sync/protocol';
import { startFaultProxy } from '../support/fault-proxy';
import { get } from '../support/hub-counter';
import { postgresCluster, stopPostgresCluster } from '../support/hub-engines';
import { addEntries, counterHead, fastSync, hubChain, openSyncApp, syncUntilDone } from '../support/sync-fixture';

const root = join(__dirname, '..', '..');
const kills = 4;
const temp = mkdtempSync(join(tmpdir(), 'hub-killed-'));
const children = new Set<ChildProcess>();
afterAll(async () => {
  for (const c of children) c.kill('SIGKILL');
  await stopPostgresCluster();
  rmSync(temp, { recursive: true, force: true });
}, 60_000);

interface HubProcess {
  child: ChildProcess;
  url: string;
  operatorToken: string;
}

/** `hub serve` on `location` as a child process, once it prints its address and operator token. */
function serveHub(location: HubDatabaseLocation): Promise<HubProcess> {
  const where = 'url' in location ? ['--database', location.url] : ['--data-dir', location.dataDir];
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'hub/cli.ts'), ...where, 'serve', '--port', '0'], { cwd: root, env: { ...process.env, HUB_DATABASE_URL: '' } });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      const token = /Bearer …\): (\S+)\n/.exec(out)?.[1];
      if (url && token) resolve({ child, url, operatorToken: token });
    });
    child.once('exit', (code) => reject(new Error(`hub serve exited ${code}: ${err}`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const engines: { name: string; location: () => Promise<HubDatabaseLocation> }[] = [
  { name: 'PGlite', location: async () => ({ dataDir: join(temp, 'pglite') }) },
  { name: 'PostgreSQL', location: async () => ({ url: await (await postgresCluster()).createDatabase(`hub_killed_${process.pid}`) }) },
];

describe.each(engines)('the hub on $name killed between its commit and the ack', ({ name, location: where }) => {
  it(`keeps every entry exactly once through ${kills} kills and restarts`, async () => {
    const location = await where();
    const officeCode = `37${String(process.pid % 100).padStart(2, '0')}${name === 'PGlite' ? '01' : '02'}`;
    // The code is made on the database before the hub serves it (a PGlite folder is one process's).
    const setupDb = await openHubDatabase(location);
    const { code } = await enrolCounter(setupDb, { officeCode, counterNumber: 1 });
    await setupDb.close();

    let hub = await serveHub(location);
    const proxy = await startFaultProxy(hub.url);
    // A request given up after 10 s: the kill, not the counter's timeout, ends the held push.
    const app = openSyncApp(mkdtempSync(join(temp, 'counter-')), { sync: { ...fastSync, timeoutMs: 10_000 } });
    const console_ = { lang: 'vi', via: 'console' } as const;
    const setup = await app.dispatch('setup.initialize', { officeCode, officeName: 'Bưu điện huyện Thuận Châu', counterNumber: 1, province: 'Sơn La', managerName: 'Cầm Văn Thắng', managerPin: '2468', idempotencyKey: `setup-${officeCode}` }, console_);
    expect(setup.ok).toBe(true);
    const enrolled = await app.dispatch('sync.enrol', { hubUrl: proxy.url, code, idempotencyKey: `enrol-${officeCode}` }, console_);
    if (!enrolled.ok) throw new Error(enrolled.error.message);
    const { counterId } = enrolled.value as CommandOutput<'sync.enrol'>;

    const rounds: { committed: number; afterRestart: number; runs: number }[] = [];
    try {
      for (let k = 0; k < kills; k++) {
        addEntries(app, 250 + 50 * k);
        let withheld: { status: number; body: string } | null = null;
        const victim = hub.child;
        proxy.queue({
          path: syncPaths.push,
          withheld: async (reply) => {
            withheld = reply;
            await killed(victim);
          },
        });
        const cut = await app.services.sync.run();
        expect(cut.ok).toBe(false);
        expect(withheld!.status).toBe(200);
        const committed = (JSON.parse(withheld!.body) as { ackedSeq: number }).ackedSeq;
        expect(committed).toBeGreaterThan(0);
        expect(victim.signalCode).toBe('SIGKILL');

        hub = await serveHub(location);
        proxy.setTarget(hub.url);
        // What the restarted hub holds for the counter: the batch it committed before dying must be there.
        const listed = await get(hub.url, '/v1/read/counters', hub.operatorToken);
        const afterRestart = (listed.body.counters as { counterId: string; ackedSeq: number }[]).find((c) => c.counterId === counterId)!.ackedSeq;
        const runs = await syncUntilDone({ app });
        rounds.push({ committed, afterRestart, runs });
      }
    } finally {
      await killed(hub.child).catch(() => {});
      await proxy.close();
    }

    const db = await openHubDatabase(location);
    try {
      const chain = await hubChain(db, counterId);
      const head = counterHead(app);
      const [row] = await db.query<{ acked_seq: number; head_hash: string }>('SELECT acked_seq, head_hash FROM hub_counters WHERE id = $1', [counterId]);
      console.log(
        `[hub killed] ${name}: ${kills} SIGKILLs between commit and ack (${JSON.stringify(proxy.counts)}); per kill ` +
          rounds.map((r) => `committed to ${r.committed}, held after restart ${r.afterRestart}, synced in ${r.runs} run(s)`).join('; ') +
          `; counter ${head.seq} entries, hub ${chain.count} rows (${chain.distinctSeqs} distinct seqs), heads ${chain.headHash === head.hash ? 'agree' : 'DIFFER'}`,
      );
      // Durable before the ack: nothing the hub committed was lost to the kill.
      for (const r of rounds) expect(r.afterRestart).toBe(r.committed);
      expect(chain.brokenAt).toBeNull();
      expect(chain.count).toBe(head.seq);
      expect(chain.distinctSeqs).toBe(head.seq);
      expect(chain.headHash).toBe(head.hash);
      expect(row).toEqual({ acked_seq: head.seq, head_hash: head.hash });
      const verify = await app.dispatch('ledger.verify', {}, console_);
      expect(verify.ok && (verify.value as CommandOutput<'ledger.verify'>).ok).toBe(true);
    } finally {
      await db.close();
      app.close();
    }
  }, 60_000);
});
