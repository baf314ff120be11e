// Issue 14: "done at the department" on the counter, against the real province hub (PGlite) over
// loopback HTTP. A done directive lists the result as ready at its department (on the dossier's
// page, in the register and in the Results area's list) until the result is checked in;
// `ledger verify` rebuilds the list from the entries. And a department's word that the counter's
// own rules refuse when applied (a back-fill for a dossier never handed over) is recorded as
// refused with its code: the cursor moves on, the directives after it apply, the sync completes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandOutput } from '../../shared/contract/commands';
import type { HubDatabase } from '../../hub/db/hub-database';
import { publishDirective } from '../../hub/directives';
import { startHub, type RunningHub } from '../../hub/server';
import { runCli } from '../../electron/hosts/cli';
import { hubEngines } from '../support/hub-engines';
import { configureS10, receiveDossier, screenCall } from '../support/receive-dossier';
import { enrolledCounter, openSyncApp, syncUntilDone, type SyncCounter } from '../support/sync-fixture';

const pglite = hubEngines.find((e) => e.name === 'pglite')!;
const by = 'Kết nối Hệ thống một cửa tỉnh';

async function signInManager(c: SyncCounter, time = 1): Promise<void> {
  const list = (await c.app.dispatch('users.list', {}, { lang: 'vi', via: 'console' })) as { ok: true; value: CommandOutput<'users.list'> };
  await screenCall(c.app, 'mgr')('auth.signIn', { userId: list.value.users[0]!.id, pin: '2468', idempotencyKey: `sign-in-${c.officeCode}-${time}` });
}

/** Dossiers taken in and handed over in one signed batch; their slip numbers. */
async function handedOver(c: SyncCounter, n: number): Promise<string[]> {
  const call = screenCall(c.app, 'mgr');
  const slips: string[] = [];
  for (let i = 0; i < n; i++) slips.push((await receiveDossier(c.app)).slip);
  let batchNumber: string | null = null;
  for (const slip of slips) ({ batchNumber } = await call('handover.add', { batchNumber, scan: slip, idempotencyKey: `add-${slip}` }));
  await call('handover.sign', { batchNumber: batchNumber!, receiverName: 'Quàng Văn Minh', idempotencyKey: `sign-${batchNumber}` });
  return slips;
}

async function verified(c: SyncCounter): Promise<CommandOutput<'ledger.verify'>> {
  const r = await c.app.dispatch('ledger.verify', {}, { lang: 'vi', via: 'console' });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as CommandOutput<'ledger.verify'>;
}

describe('results ready at the department, and directives the counter refuses on applying', () => {
  let db: HubDatabase;
  let dispose: () => Promise<void>;
  let hub: RunningHub;
  beforeAll(async () => {
    ({ db, dispose } = await pglite.open());
    hub = await startHub({ database: db });
  }, 90_000);
  afterAll(async () => {
    await hub?.close();
    await dispose?.();
  });

  it('lists a finished result by department until it is checked in; verify rebuilds the list', async () => {
    const c = await enrolledCounter({ db, url: hub.url });
    const call = screenCall(c.app, 'mgr');
    await signInManager(c);
    await configureS10(c.app);
    const [first, second, third] = (await handedOver(c, 3)) as [string, string, string];
    const publish = (payload: Record<string, unknown>) => publishDirective(db, { kind: 'dossier.status', payload, target: { counterId: c.counterId }, publishedBy: by });
    // The department finished it an hour ago (its own time, as the one-stop system reports it).
    const finishedAt = new Date(Date.now() - 3_600_000).toISOString();
    await publish({ slipNumber: first, status: 'done', resultPapers: ['Giấy phép lái xe hạng B'], finishedAt });
    await publish({ slipNumber: second, status: 'done' });
    await syncUntilDone(c);

    const agency = (await call('dossiers.show', { ref: first })).dossier.procedure.agency;
    const ready = await call('results.readyAtAgency', {});
    expect(ready.total).toBe(2);
    expect(ready.agencies).toHaveLength(1);
    expect(ready.agencies[0]!.agency).toBe(agency);
    // Oldest first: the department's own finishing time before the one stamped on arrival.
    expect(ready.agencies[0]!.results.map((r) => [r.slipNumber, r.resultPapers])).toEqual([
      [first, ['Giấy phép lái xe hạng B']],
      [second, []],
    ]);
    expect(ready.agencies[0]!.results[0]!.readyAt).toBe(finishedAt);
    // The dossier's page and the register say so; the dossier itself stays at the department.
    const page = (await call('dossiers.show', { ref: first })).dossier;
    expect(page.status).toBe('delivered');
    expect(page.readyAtAgency).toMatchObject({ agency, readyAt: finishedAt, resultPapers: ['Giấy phép lái xe hạng B'] });
    expect((await call('dossiers.show', { ref: third })).dossier.readyAtAgency).toBeNull();
    const hits = (await call('dossiers.find', { query: '' })).hits;
    expect(Object.fromEntries(hits.map((h) => [h.slipNumber, h.readyAtAgency]))).toEqual({ [first]: true, [second]: true, [third]: false });
    // One dossier's entry, for its page.
    expect((await call('results.readyAtAgency', { slipNumber: third })).total).toBe(0);

    // The console lists it too, by department.
    const lines: string[] = [];
    const io = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l), readPin: async () => '' };
    c.app.close();
    expect(await runCli(['results', 'ready-at-agency', '--data-dir', c.dataDir], {}, io)).toBe(0);
    expect(lines.join('\n')).toContain(`Kết quả sẵn sàng tại cơ quan: 2`);
    expect(lines.join('\n')).toContain(`${first}  có từ`);
    lines.length = 0;
    expect(await runCli(['results', 'ready-at-agency', '--json', '--data-dir', c.dataDir], {}, io)).toBe(0);
    expect(JSON.parse(lines.join('\n')).total).toBe(2);
    const again: SyncCounter = { ...c, app: openSyncApp(c.dataDir) };

    // Collected and checked in at the post office: off the list, the page line gone.
    const clerk = screenCall(again.app, 'mgr');
    await signInManager(again, 2);
    await clerk('results.checkIn', { scan: first, session: 'checkin-agency-1', idempotencyKey: `checkin-${first}` });
    expect((await clerk('results.readyAtAgency', {})).agencies[0]!.results.map((r) => r.slipNumber)).toEqual([second]);
    expect((await clerk('dossiers.show', { ref: first })).dossier.readyAtAgency).toBeNull();
    // A late "done" for a result already back only records the word.
    await publish({ slipNumber: first, status: 'done' });
    await syncUntilDone(again);
    expect((await clerk('results.readyAtAgency', {})).total).toBe(1);

    // Verify rebuilds the list from the entries, and names a row no entry explains.
    expect((await verified(again)).ok).toBe(true);
    again.app.services.db.prepare("UPDATE agency_results_ready SET agency = 'Cơ quan khác' WHERE slip_number = ?").run(second);
    const tampered = await verified(again);
    expect(tampered.ok).toBe(false);
    expect(JSON.stringify(tampered)).toContain('agency_results_ready');
    again.app.close();
  }, 90_000);

  it('records as refused, with its code, a directive whose back-fill the counter refuses; the rest applies and the sync completes', async () => {
    const c = await enrolledCounter({ db, url: hub.url });
    const call = screenCall(c.app, 'mgr');
    await signInManager(c);
    await configureS10(c.app);
    const [delivered] = (await handedOver(c, 1)) as [string];
    // Taken in but never handed over: the department cannot have it, so its word cannot be back-filled.
    const kept = (await receiveDossier(c.app)).slip;
    const publish = (payload: Record<string, unknown>) => publishDirective(db, { kind: 'dossier.status', payload, target: { counterId: c.counterId }, publishedBy: by });
    await publish({ slipNumber: kept, status: 'supplementRequested', reason: 'Thiếu giấy khám sức khỏe' });
    await publish({ slipNumber: kept, status: 'accepted', departmentCode: 'H36.25-261130-0008', appointmentDate: '2026-12-10' });
    await publish({ slipNumber: delivered, status: 'accepted', departmentCode: 'H36.25-261130-0009', appointmentDate: '2026-12-11' });
    await publish({ slipNumber: delivered, status: 'done', resultPapers: ['Giấy phép'] });
    await syncUntilDone(c);
    expect(c.app.services.sync.status().state).toBe('synced');

    const { directives } = await call('sync.directives', {});
    const mine = directives.filter((d) => d.kind === 'dossier.status').reverse();
    expect(mine.map((d) => d.outcome)).toEqual(['refused', 'refused', 'applied', 'recorded']);
    expect(mine[0]!.refusal).toEqual({ code: 'HANDOVER_NOT_DELIVERED', params: { slip: kept, status: 'received' } });
    expect(mine[0]!.problems.join(' ')).toContain('HANDOVER_NOT_DELIVERED');
    // Nothing of the refused back-fill stays: no outcome entry, the dossier where it was.
    const page = (await call('dossiers.show', { ref: kept })).dossier;
    expect(page.status).toBe('received');
    expect(page.timeline.filter((e) => e.actorKind === 'centre').map((e) => e.kind)).toEqual([]);
    const refusedEntries = c.app.services.db.prepare("SELECT count(*) FROM entries WHERE kind = 'centre.directive_refused'").pluck().get();
    expect(refusedEntries).toBe(2);
    // The directives after it applied.
    expect(c.app.services.db.prepare('SELECT department_code FROM handover_items WHERE slip_number = ?').pluck().get(delivered)).toBe('H36.25-261130-0009');
    expect((await call('results.readyAtAgency', {})).total).toBe(1);
    expect((await verified(c)).ok).toBe(true);
    c.app.close();
  }, 90_000);
});
