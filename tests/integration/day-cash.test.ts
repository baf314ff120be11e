// The expected cash of a drawer on hand-computed days, through the dispatcher on a real ledger:
// change given, a void refunded after a cash-out, a transfer, an exemption, a fee collected when
// the result is returned (thu sau), the 23:59:59 / 00:00:00 boundary, a day without dossiers, and a
// drawer opened by a clerk and closed by the manager. Each expectation is the formula written out
// by hand: float + cash taken − change − refunds − cash out + cash in.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, key, ok, type StaffedCounter } from '../support/counter-fixture';
import { deliverDossier } from '../support/deliver-dossier';
import { filledForm, intakeCounter } from '../support/intake-fixture';

let c: StaffedCounter;
beforeEach(async () => {
  c = await intakeCounter();
});
afterEach(() => c.close());

/** 2 × 500.000 + 5 × 100.000 + 10 × 10.000 = 1.600.000 đ. */
const float = [
  { valueVnd: 500_000, count: 2 },
  { valueVnd: 100_000, count: 5 },
  { valueVnd: 10_000, count: 10 },
];

async function takeIn(extra: Record<string, unknown> = {}, session = 'clerk') {
  return ok(await c.screen(session, 'intake.commit', { ...(await filledForm(c)), ...extra, idempotencyKey: key('commit') })).dossier;
}

const xReport = async (day?: string) => ok(await c.screen('mgr', 'day.xReport', day ? { day } : {}));

describe('expected cash of a drawer', () => {
  it('change given, a transfer, an exemption, a cash-out, then a void refunded in cash, a cash-in', async () => {
    const opened = ok(await c.screen('clerk', 'drawer.open', { count: float, idempotencyKey: key() }));
    expect(opened).toMatchObject({ floatVnd: 1_600_000, day: '2026-11-27' });
    expect(failure(await c.screen('clerk', 'drawer.open', { count: float, idempotencyKey: key() })).code).toBe('DRAWER_ALREADY_OPEN');

    const a = await takeIn(); // cash: 500.000 handed over, change given back
    const b = await takeIn({ payment: { method: 'transfer', reference: 'CK-2026-0001' } });
    const exempt = await takeIn({ applicantCategory: 'ho-ngheo' }); // postal charge waived (not the fee forwarding), fees paid in cash
    expect(a.payment).toEqual({ method: 'cash', tenderedVnd: 500_000, changeVnd: 500_000 - a.totalVnd });
    ok(await c.screen('clerk', 'drawer.cashMove', { direction: 'out', amountVnd: 300_000, reason: 'Nộp tiền về bưu cục', idempotencyKey: key() }));
    const voided = ok(await c.screen('clerk', 'dossiers.void', { slipNumber: a.slipNumber, reason: 'Khách rút hồ sơ', refundMethod: 'cash', idempotencyKey: key() }));
    expect(voided.refund.totalVnd).toBe(a.totalVnd);
    ok(await c.screen('clerk', 'drawer.cashMove', { direction: 'in', amountVnd: 100_000, reason: 'Bổ sung tiền lẻ', idempotencyKey: key() }));

    const x = await xReport();
    expect(x.state).toBe('open');
    const [drawer] = x.drawers;
    // 1.600.000 + (500.000 + 500.000 of the exempt dossier's tendered) − (500.000 − A) − A − 300.000 + 100.000
    const tenderedExempt = exempt.payment.method === 'cash' ? exempt.payment.tenderedVnd : NaN;
    expect(drawer).toMatchObject({
      floatVnd: 1_600_000,
      cashTaken: { vnd: 500_000 + tenderedExempt, count: 2 },
      changeGiven: { vnd: 500_000 - a.totalVnd + (500_000 - exempt.totalVnd) },
      voidRefunds: { vnd: a.totalVnd, count: 1 },
      cashOut: { vnd: 300_000, count: 1 },
      cashIn: { vnd: 100_000, count: 1 },
      expectedVnd: 1_600_000 + a.totalVnd + exempt.totalVnd - a.totalVnd - 300_000 + 100_000,
    });
    // The transfer is listed by its reference and never counted as cash.
    expect(drawer!.transfers).toEqual([{ seq: b.seq, slipNumber: b.slipNumber, reference: 'CK-2026-0001', vnd: b.totalVnd, what: 'intake' }]);
    // The exemption: the postal revenue of "both" shows it with its reason.
    const both = x.postalRevenue.find((s) => s.service === 'both')!;
    expect(both.exempted.count).toBe(1);
    expect(both.gross.vnd - both.exempted.vnd).toBe(a.postalVnd + b.postalVnd + exempt.postalVnd);
    expect(both.exemptions).toEqual([expect.objectContaining({ count: 1, reason: expect.stringContaining('Hộ nghèo') })]);
    expect(both.netVnd).toBe(b.postalVnd + exempt.postalVnd); // A refunded
    // Drill-down: the figure's entries are the void.
    const drill = ok(await c.screen('mgr', 'day.drill', { day: '2026-11-27', drill: drawer!.voidRefunds.drill }));
    expect(drill.entries).toEqual([expect.objectContaining({ seq: voided.seq, kind: 'dossier.voided', slipNumber: a.slipNumber, vnd: a.totalVnd })]);
    expect(failure(await c.screen('mgr', 'day.drill', { day: '2026-11-27', drill: 'drawer:nothing' })).code).toBe('DAY_DRILL_UNKNOWN');
    expect(x.dossiers.received.count).toBe(3);
    expect(x.dossiers.voided.count).toBe(1);
    expect(x.slips.voided).toEqual([a.slipNumber]);
    expect(x.slips.missing).toEqual([]);
    expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });
  });

  it('a fee collected when the result is returned (thu sau) is cash taken in the drawer that took it', async () => {
    const d = await takeIn();
    deliverDossier(c.app, d.slipNumber);
    ok(await c.screen('clerk', 'results.checkIn', { scan: d.s10, session: 'checkin-S1', feeDueVnd: 135_000, idempotencyKey: key() }));
    ok(await c.screen('clerk', 'drawer.open', { count: [{ valueVnd: 50_000, count: 4 }], idempotencyKey: key() }));
    ok(
      await c.screen('clerk', 'results.return', {
        scan: d.slipNumber,
        receiver: { kind: 'applicant', idNumber: '014190001234' },
        fee: { amountVnd: 135_000, method: 'cash', receiptNumber: 'BL-0042' },
        idempotencyKey: key(),
      }),
    );
    const [drawer] = (await xReport()).drawers;
    expect(drawer).toMatchObject({ floatVnd: 200_000, returnFeesCash: { vnd: 135_000, count: 1 }, cashTaken: { vnd: 135_000 }, expectedVnd: 335_000 });
    const agency = (await xReport()).feesOnBehalf[0]!;
    expect(agency.lines.find((l) => l.when === 'return')).toMatchObject({ vnd: 135_000, receiptNumber: 'BL-0042', method: 'cash' });
  });

  it('an intake at 23:59:59 counts on its day, one at 00:00:00 on the next', async () => {
    c.clock.ms = Date.parse('2026-11-27T16:59:59Z'); // 23:59:59 in Hà Nội
    ok(await c.screen('clerk', 'auth.signIn', { userId: c.clerkId, pin: '1357', idempotencyKey: key() }));
    const late = await takeIn();
    c.clock.ms = Date.parse('2026-11-27T17:00:00Z'); // 00:00:00 on the 28th
    const early = await takeIn();
    ok(await c.screen('mgr', 'auth.signIn', { userId: c.managerId, pin: '2468', idempotencyKey: key() }));
    expect((await xReport('2026-11-27')).dossiers.received).toMatchObject({ count: 1 });
    expect((await xReport('2026-11-28')).dossiers.received).toMatchObject({ count: 1 });
    const drill = async (day: string) => ok(await c.screen('mgr', 'day.drill', { day, drill: 'dossiers:received' })).entries.map((e) => e.slipNumber);
    expect(await drill('2026-11-27')).toEqual([late.slipNumber]);
    expect(await drill('2026-11-28')).toEqual([early.slipNumber]);
  });

  it('a day with no dossiers: the drawer expects its float and closes on an exact count', async () => {
    const opened = ok(await c.screen('clerk', 'drawer.open', { count: float, idempotencyKey: key() }));
    const x = await xReport();
    expect(x.drawers[0]).toMatchObject({ expectedVnd: 1_600_000, cashTaken: { vnd: 0, count: 0 } });
    expect(x.dossiers.received.count).toBe(0);
    expect(x.slips).toMatchObject({ count: 0, first: null, missing: [] });
    const closed = ok(await c.screen('clerk', 'drawer.close', { drawerId: opened.drawerId, count: float, idempotencyKey: key() }));
    expect(closed).toMatchObject({ expectedVnd: 1_600_000, countedVnd: 1_600_000, differenceVnd: 0, differenceSeq: null });
  });

  it('a drawer opened by a clerk is closed by the manager; a difference needs a reason, above the tolerance a manager', async () => {
    const opened = ok(await c.screen('clerk', 'drawer.open', { count: float, idempotencyKey: key() }));
    const short = [
      { valueVnd: 500_000, count: 2 },
      { valueVnd: 100_000, count: 5 },
      { valueVnd: 10_000, count: 9 },
    ];
    const refused = failure(await c.screen('clerk', 'drawer.close', { drawerId: opened.drawerId, count: short, idempotencyKey: key() }));
    expect(refused.code).toBe('DRAWER_DIFFERENCE_REASON');
    expect(refused.message).toContain('-10.000');
    ok(await c.screen('mgr', 'day.configure', { toleranceVnd: 5_000, idempotencyKey: key() }));
    const withReason = { drawerId: opened.drawerId, count: short, reason: 'Trả nhầm tiền thừa' };
    expect(failure(await c.screen('clerk', 'drawer.close', { ...withReason, idempotencyKey: key() })).code).toBe('DRAWER_DIFFERENCE_NEEDS_MANAGER');
    expect(failure(await c.screen('clerk', 'drawer.close', { ...withReason, managerId: c.managerId, managerPin: '0000', idempotencyKey: key() })).code).toBe('WRONG_PIN');
    // Another clerk may not close it; the manager, signed in on their own screen, may.
    const closed = ok(await c.screen('mgr', 'drawer.close', { ...withReason, idempotencyKey: key() }));
    expect(closed).toMatchObject({ expectedVnd: 1_600_000, countedVnd: 1_590_000, differenceVnd: -10_000, approvedBy: c.managerId });
    const [drawer] = (await xReport()).drawers;
    expect(drawer!.clerk.id).toBe(c.clerkId);
    expect(drawer!.close).toMatchObject({ closedBy: { id: c.managerId }, differenceVnd: -10_000, differenceReason: 'Trả nhầm tiền thừa', differenceSeq: closed.differenceSeq, approvedBy: { id: c.managerId } });
    expect(c.entryKinds().slice(-2)).toEqual(['drawer.closed', 'drawer.difference']);
    expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });
  });
});
