// The expected-cash formula on a day written out by hand, line by line, as day_lines holds it:
// float + cash taken − change given − refunds of voids − cash out + cash in; transfers listed.
import { describe, expect, it } from 'vitest';
import { drawerFigures, type DrawerLine } from '../../electron/services/day/drawer-figures';

const line = (seq: number, l: Partial<DrawerLine>): DrawerLine => ({
  seq,
  kind: 'dossier.received',
  slip_number: null,
  method: null,
  reference: null,
  fees_vnd: 0,
  postal_vnd: 0,
  tendered_vnd: 0,
  change_vnd: 0,
  cash_vnd: 0,
  ...l,
});

describe('expected cash', () => {
  it('adds what was handed over, takes out change, refunds and cash out, adds cash in; a transfer is only listed', () => {
    const lines = [
      // 100.000 fee + 50.000 postage paid with a 200.000 note: 50.000 change.
      line(1, { slip_number: 'A', method: 'cash', fees_vnd: 100_000, postal_vnd: 50_000, tendered_vnd: 200_000, change_vnd: 50_000, cash_vnd: 150_000 }),
      line(2, { slip_number: 'B', method: 'transfer', reference: 'CK-1', fees_vnd: 30_000, postal_vnd: 20_000 }),
      line(3, { kind: 'drawer.cash_moved', method: 'out', cash_vnd: -300_000 }),
      // A voided after the cash-out: 150.000 back in cash.
      line(4, { kind: 'dossier.voided', slip_number: 'A', method: 'cash', fees_vnd: -100_000, postal_vnd: -50_000, cash_vnd: -150_000 }),
      // A fee the agency left to collect on return (thu sau), in cash.
      line(5, { kind: 'result.returned', slip_number: 'C', method: 'cash', fees_vnd: 135_000, tendered_vnd: 135_000, cash_vnd: 135_000 }),
      line(6, { kind: 'drawer.cash_moved', method: 'in', cash_vnd: 100_000 }),
    ];
    const f = drawerFigures(1_000_000, lines, 'drawer:d1');
    expect(f.cashTaken).toEqual({ vnd: 335_000, count: 2, drill: 'drawer:d1:cashTaken' });
    expect([f.feesCash.vnd, f.postalCash.vnd, f.returnFeesCash.vnd]).toEqual([100_000, 50_000, 135_000]);
    expect([f.changeGiven.vnd, f.voidRefunds.vnd, f.cashOut.vnd, f.cashIn.vnd]).toEqual([50_000, 150_000, 300_000, 100_000]);
    // 1.000.000 + 335.000 − 50.000 − 150.000 − 300.000 + 100.000
    expect(f.expectedVnd).toBe(935_000);
    expect(f.transfers).toEqual([{ seq: 2, slipNumber: 'B', reference: 'CK-1', vnd: 50_000, what: 'intake' }]);
  });

  it('a day without a single line expects its float', () => {
    expect(drawerFigures(500_000, []).expectedVnd).toBe(500_000);
  });
});
