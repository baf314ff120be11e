// Home delivery rounds and the overdue lists, through the dispatcher on a real ledger: a result
// goes out on a round with its S10, each attempt is recorded, a delivery names its recipient,
// the law's two failed invitations two working days apart send it back to the agency (and
// nothing earlier does), and the overdue lists find late dossiers per step as the days pass.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DossierStatus } from '../../shared/dossier/lifecycle';
import { DossierMoves } from '../../electron/services/dossiers/dossier-moves';
import { overdueSql } from '../../electron/services/dossiers/overdue-lists';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { filledForm, intakeCounter } from '../support/intake-fixture';

const homeAddress = 'Số 12, đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La';

/** The path a "send and return" dossier takes to each status, before check-in has a command of its own here. */
const path: Partial<Record<DossierStatus, DossierStatus[]>> = {
  inBatch: ['inBatch'],
  delivered: ['inBatch', 'delivered'],
  resultReceived: ['inBatch', 'delivered', 'resultReceived'],
  notified: ['inBatch', 'delivered', 'resultReceived', 'notified'],
};

/** Moves a dossier as the handover and check-in entries would: one entry per step, through DossierMoves. */
function moveTo(c: StaffedCounter, slip: string, status: DossierStatus): void {
  const moves = new DossierMoves(c.app.services.db);
  const ledger = c.app.services.ledger;
  for (const to of path[status]!) {
    ledger.transaction(() => {
      const planned = moves.plan([slip], to);
      const entry = ledger.post({ kind: 'test.moved', payload: { moves: planned }, actor: { kind: 'system' }, idempotencyKey: key('move') });
      moves.apply(planned, entry.seq);
    });
  }
}

async function intake(c: StaffedCounter, home: boolean): Promise<string> {
  const form = { ...(await filledForm(c)), returnMethod: home ? { kind: 'home' as const, address: homeAddress } : { kind: 'counter' as const } };
  return ok(await c.screen(clerk, 'intake.commit', { ...form, idempotencyKey: key('commit') })).dossier.slipNumber;
}

const statusOf = (c: StaffedCounter, slip: string) => new DossierMoves(c.app.services.db).statusOf(slip);
/** The clerk's screen; a new one each day the test moves to (the old one locked itself, idle). */
let clerk = 'clerk';
/** Moves the test clock to 09:00 in Viet Nam on `day`, the clerk signed in afresh. */
async function setDay(c: StaffedCounter, day: string): Promise<void> {
  c.clock.ms = Date.parse(`${day}T09:00:00+07:00`);
  clerk = `clerk-${day}`;
  ok(await c.screen(clerk, 'auth.signIn', { userId: c.clerkId, pin: '1357', idempotencyKey: key('in') }));
}

let c: StaffedCounter;
beforeEach(async () => {
  c = await intakeCounter();
  clerk = 'clerk';
  await setDay(c, '2026-11-27'); // a Friday
});
afterEach(() => c.close());

describe('home delivery', () => {
  it('assigns a result to a round with its S10 and address; refuses one not back yet, or for the counter without an address', async () => {
    const home = await intake(c, true);
    const counter = await intake(c, false);
    const early = await intake(c, true);
    moveTo(c, home, 'resultReceived');
    moveTo(c, counter, 'notified');

    const notBack = await c.screen(clerk, 'delivery.assign', { slipNumbers: [early], carrier: 'Lò Văn Minh', idempotencyKey: key('assign') });
    expect(notBack).toMatchObject({ ok: false, error: { code: 'DOSSIER_MOVE_FORBIDDEN' } });
    if (!notBack.ok) expect(notBack.error.message).toContain('đã tiếp nhận');
    const forCounter = await c.screen(clerk, 'delivery.assign', { slipNumbers: [home, counter], carrier: 'Lò Văn Minh', idempotencyKey: key('assign') });
    expect(forCounter).toMatchObject({ ok: false, error: { code: 'DELIVERY_NOT_HOME', params: { slip: counter } } });
    expect(statusOf(c, home)).toBe('resultReceived'); // nothing of the refused round was recorded

    const { s10 } = ok(await c.screen(clerk, 'intake.get', { slipNumber: home })).dossier;
    const round = ok(await c.screen(clerk, 'delivery.assign', { slipNumbers: [home], carrier: 'Lò Văn Minh', idempotencyKey: key('assign') }));
    expect(round).toEqual({ roundId: '2026-11-27-1', day: '2026-11-27', dossiers: [{ slipNumber: home, s10, address: homeAddress }] });
    // The citizen who was to collect at the counter asked for delivery, to an address of their choosing.
    const onRequest = ok(await c.screen(clerk, 'delivery.assign', { slipNumbers: [counter], carrier: 'Lò Văn Minh', address: 'Bản Hụm, xã Chiềng Đen', idempotencyKey: key('assign') }));
    expect(onRequest.roundId).toBe('2026-11-27-2');
    expect([statusOf(c, home), statusOf(c, counter)]).toEqual(['outForDelivery', 'outForDelivery']);

    const list = ok(await c.screen(clerk, 'delivery.list', {}));
    expect(list.dossiers.map((d) => [d.slipNumber, d.status, d.roundId, d.address])).toEqual(
      expect.arrayContaining([
        [home, 'outForDelivery', '2026-11-27-1', homeAddress],
        [counter, 'outForDelivery', '2026-11-27-2', 'Bản Hụm, xã Chiềng Đen'],
      ]),
    );
    expect(list.dossiers.some((d) => d.slipNumber === early)).toBe(false);
    expect(c.app.services.ledger.verify()).toMatchObject({ ok: true });
  });

  it('a delivery names its recipient and ID number; a bad ID number or an "other" reason without a note is refused', async () => {
    const slip = await intake(c, true);
    moveTo(c, slip, 'resultReceived');
    ok(await c.screen(clerk, 'delivery.assign', { slipNumbers: [slip], carrier: 'Lò Văn Minh', idempotencyKey: key('assign') }));

    const badId = await c.screen(clerk, 'delivery.attempt', { slipNumber: slip, outcome: { kind: 'delivered', recipientName: 'Nguyễn Văn Bình', idKind: 'cccd', idNumber: '12345' }, idempotencyKey: key('try') });
    expect(badId).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const noNote = await c.screen(clerk, 'delivery.attempt', { slipNumber: slip, outcome: { kind: 'failed', reason: 'other' }, idempotencyKey: key('try') });
    expect(noNote).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const k = key('try');
    const input = { slipNumber: slip, outcome: { kind: 'delivered' as const, recipientName: 'Nguyễn Văn Bình', idKind: 'cccd' as const, idNumber: '014 090 001 235' }, idempotencyKey: k };
    const done = ok(await c.screen(clerk, 'delivery.attempt', input));
    expect(done).toEqual({ attemptNumber: 1, status: 'deliveredHome', failedAttempts: 0, allowedFailures: 2 });
    // Enter pressed again: one attempt, one entry.
    expect(ok(await c.screen(clerk, 'delivery.attempt', input))).toEqual(done);
    expect(c.entryKinds().filter((kind) => kind === 'delivery.attempted')).toHaveLength(1);
    const row = c.app.services.db.prepare('SELECT outcome, recipient_name, recipient_id_number FROM delivery_attempts WHERE slip_number = ?').get(slip);
    expect(row).toEqual({ outcome: 'delivered', recipient_name: 'Nguyễn Văn Bình', recipient_id_number: 'cccd:014090001235' });

    const after = await c.screen(clerk, 'delivery.attempt', { slipNumber: slip, outcome: { kind: 'failed', reason: 'nobodyHome' }, idempotencyKey: key('try') });
    expect(after).toMatchObject({ ok: false, error: { code: 'DOSSIER_MOVE_FORBIDDEN' } });
    expect(c.app.services.ledger.verify()).toMatchObject({ ok: true });
  });

  it('two failed attempts two working days apart send it back to the agency; a sooner one, a third, or an early send-back is refused', async () => {
    const slip = await intake(c, true);
    moveTo(c, slip, 'resultReceived');
    ok(await c.screen(clerk, 'delivery.assign', { slipNumbers: [slip], carrier: 'Lò Văn Minh', idempotencyKey: key('assign') }));

    const first = ok(await c.screen(clerk, 'delivery.attempt', { slipNumber: slip, outcome: { kind: 'failed', reason: 'nobodyHome' }, idempotencyKey: key('try') }));
    expect(first).toMatchObject({ attemptNumber: 1, status: 'outForDelivery', failedAttempts: 1 });
    const early = await c.screen(clerk, 'delivery.giveBack', { slipNumber: slip, to: 'agency', reason: 'Không gặp người nhận', idempotencyKey: key('back') });
    expect(early).toMatchObject({ ok: false, error: { code: 'DELIVERY_RETURN_TOO_EARLY', params: { failed: 1, allowed: 2 } } });

    // Friday's attempt: the weekend does not count, so Monday is too soon and Tuesday 1 December is the earliest.
    await setDay(c, '2026-11-30');
    const soon = await c.screen(clerk, 'delivery.attempt', { slipNumber: slip, outcome: { kind: 'failed', reason: 'nobodyHome' }, idempotencyKey: key('try') });
    expect(soon).toMatchObject({ ok: false, error: { code: 'DELIVERY_ATTEMPT_TOO_SOON', params: { earliest: '2026-12-01' } } });
    if (!soon.ok) expect(soon.error.message).toContain('01/12/2026');
    expect(ok(await c.screen(clerk, 'delivery.list', {})).dossiers[0]).toMatchObject({ slipNumber: slip, failedAttempts: 1, nextAttemptFrom: '2026-12-01', maySendBackToAgency: false });

    await setDay(c, '2026-12-01');
    const second = ok(await c.screen(clerk, 'delivery.attempt', { slipNumber: slip, outcome: { kind: 'failed', reason: 'wrongAddress', note: 'Số nhà không tồn tại' }, idempotencyKey: key('try') }));
    expect(second).toMatchObject({ attemptNumber: 2, status: 'outForDelivery', failedAttempts: 2 });

    await setDay(c, '2026-12-07');
    const third = await c.screen(clerk, 'delivery.attempt', { slipNumber: slip, outcome: { kind: 'delivered', recipientName: 'Nguyễn Văn Bình', idKind: 'cccd', idNumber: '014090001235' }, idempotencyKey: key('try') }, 'en');
    expect(third).toMatchObject({ ok: false, error: { code: 'DELIVERY_ATTEMPTS_USED', params: { allowed: 2 } } });
    if (!third.ok) expect(third.error.message).toContain('2 times');

    const back = ok(await c.screen(clerk, 'delivery.giveBack', { slipNumber: slip, to: 'agency', reason: 'Phát không thành công 2 lần', idempotencyKey: key('back') }));
    expect(back).toEqual({ slipNumber: slip, status: 'sentBackToAgency' });
    expect(statusOf(c, slip)).toBe('sentBackToAgency');
    expect(c.app.services.ledger.verify()).toMatchObject({ ok: true });
  });

  it('back to the counter at any time with a reason; after two failures it cannot go out again', async () => {
    const slip = await intake(c, true);
    moveTo(c, slip, 'resultReceived');
    ok(await c.screen(clerk, 'delivery.assign', { slipNumbers: [slip], carrier: 'Lò Văn Minh', idempotencyKey: key('assign') }));
    ok(await c.screen(clerk, 'delivery.attempt', { slipNumber: slip, outcome: { kind: 'failed', reason: 'unreachable' }, idempotencyKey: key('try') }));
    const back = ok(await c.screen(clerk, 'delivery.giveBack', { slipNumber: slip, to: 'counter', reason: 'Người dân hẹn đến quầy nhận', idempotencyKey: key('back') }));
    expect(back.status).toBe('resultReceived');

    ok(await c.screen(clerk, 'delivery.assign', { slipNumbers: [slip], carrier: 'Lò Văn Minh', idempotencyKey: key('assign') }));
    await setDay(c, '2026-12-01');
    ok(await c.screen(clerk, 'delivery.attempt', { slipNumber: slip, outcome: { kind: 'failed', reason: 'moved' }, idempotencyKey: key('try') }));
    ok(await c.screen(clerk, 'delivery.giveBack', { slipNumber: slip, to: 'counter', reason: 'Trả tại quầy', idempotencyKey: key('back') }));
    const again = await c.screen(clerk, 'delivery.assign', { slipNumbers: [slip], carrier: 'Lò Văn Minh', idempotencyKey: key('assign') });
    expect(again).toMatchObject({ ok: false, error: { code: 'DELIVERY_ATTEMPTS_USED' } });
    expect(c.app.services.ledger.verify()).toMatchObject({ ok: true });
  });
});

describe('overdue lists', () => {
  it('lists dossiers past their due date per step, those at the agency without a result, and results not returned within N days', async () => {
    const waiting = await intake(c, false);
    const atAgency = await intake(c, false);
    const back = await intake(c, true);
    const { dueDate } = ok(await c.screen(clerk, 'intake.get', { slipNumber: waiting })).dossier;
    moveTo(c, atAgency, 'delivered');

    // Not yet due: nothing is late.
    const before = ok(await c.screen(clerk, 'dossiers.overdue', {}));
    expect(before).toMatchObject({ byStatus: [], awaitingAgency: { total: 0 }, uncollected: { total: 0 } });

    // The result of one comes back; then the day after the due date.
    moveTo(c, back, 'resultReceived');
    const dayAfter = new Date(Date.parse(`${dueDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await setDay(c, dayAfter);
    const late = ok(await c.screen(clerk, 'dossiers.overdue', { uncollectedDays: 3 }, 'en'));
    expect(late.today).toBe(dayAfter);
    expect(late.byStatus.map((g) => [g.status, g.total, g.dossiers.map((d) => d.slipNumber)])).toEqual([
      ['received', 1, [waiting]],
      ['delivered', 1, [atAgency]],
      ['resultReceived', 1, [back]],
    ]);
    expect(late.byStatus[0]!.dossiers[0]).toMatchObject({ dueDate, daysLate: 1, applicantName: 'Nguyễn Thị Hoà' });
    expect(late.awaitingAgency).toMatchObject({ total: 1, dossiers: [{ slipNumber: atAgency, status: 'delivered' }] });
    expect(late.uncollected).toMatchObject({ total: 1, dossiers: [{ slipNumber: back, status: 'resultReceived' }] });

    // Out on a round today: a step towards the citizen, so no longer on the "not returned" list.
    ok(await c.screen(clerk, 'delivery.assign', { slipNumbers: [back], carrier: 'Lò Văn Minh', idempotencyKey: key('assign') }));
    const after = ok(await c.screen(clerk, 'dossiers.overdue', { uncollectedDays: 3 }));
    expect(after.uncollected.total).toBe(0);
    expect(after.byStatus.find((g) => g.status === 'outForDelivery')?.total).toBe(1);
    expect(c.app.services.ledger.verify()).toMatchObject({ ok: true });
  });

  it('reads each list through the (status, due_date) index, never by scanning every dossier', () => {
    for (const [name, sql] of Object.entries(overdueSql)) {
      const params = ['resultReceived', '2026-12-01', 100].slice(0, sql.split('?').length - 1);
      const plan = (c.app.services.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
      expect([name, plan.filter((d) => /^SCAN (d|dossiers)\b/.test(d))]).toEqual([name, []]);
      expect([name, plan.some((d) => d.includes('dossiers_status_due'))]).toEqual([name, true]);
    }
  });
});
