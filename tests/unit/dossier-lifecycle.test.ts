// The dossier lifecycle: every move the law and the post allow, every other move refused with
// nothing recorded, and the national status code of each status.
import { describe, expect, it } from 'vitest';
import { canMove, dossierStatuses, nationalStatusCode, type DossierStatus } from '../../shared/dossier/lifecycle';
import { DossierMoves } from '../../electron/services/dossiers/dossier-moves';
import { CounterError } from '../../electron/services/counter-error';
import { key, ok } from '../support/counter-fixture';
import { filledForm, intakeCounter } from '../support/intake-fixture';

const allowed: [DossierStatus, DossierStatus][] = [
  ['received', 'inBatch'],
  ['received', 'voided'],
  ['inBatch', 'delivered'],
  ['inBatch', 'received'],
  ['delivered', 'supplementRequested'],
  ['delivered', 'refused'],
  ['delivered', 'withdrawn'],
  ['delivered', 'resultReceived'],
  ['supplementRequested', 'delivered'],
  ['supplementRequested', 'refused'],
  ['supplementRequested', 'withdrawn'],
  ['refused', 'resultReceived'],
  ['withdrawn', 'resultReceived'],
  ['resultReceived', 'notified'],
  ['resultReceived', 'outForDelivery'],
  ['resultReceived', 'returned'],
  ['resultReceived', 'sentBackToAgency'],
  ['notified', 'returned'],
  ['notified', 'outForDelivery'],
  ['notified', 'sentBackToAgency'],
  ['outForDelivery', 'deliveredHome'],
  ['outForDelivery', 'resultReceived'],
  ['outForDelivery', 'sentBackToAgency'],
];

describe('lifecycle', () => {
  it('allows exactly the listed moves for a dossier sent by the post, and refuses every other pair', () => {
    for (const from of dossierStatuses)
      for (const to of dossierStatuses) {
        const listed = allowed.some(([a, b]) => a === from && b === to);
        expect([from, to, canMove(from, to, 'both')]).toEqual([from, to, listed]);
        expect([from, to, canMove(from, to, 'send')]).toEqual([from, to, listed]);
      }
  });

  it('a "return only" dossier waits for its result and never goes into a handover batch', () => {
    expect(canMove('received', 'resultReceived', 'return')).toBe(true);
    expect(canMove('received', 'voided', 'return')).toBe(true);
    expect(canMove('received', 'inBatch', 'return')).toBe(false);
    expect(canMove('received', 'resultReceived', 'both')).toBe(false);
  });

  it('maps to the national TrangThaiHoSo codes; a void never reaches the agency', () => {
    expect(nationalStatusCode.received).toBe(2);
    expect(nationalStatusCode.refused).toBe(3);
    expect(nationalStatusCode.delivered).toBe(4);
    expect(nationalStatusCode.supplementRequested).toBe(5);
    expect(nationalStatusCode.withdrawn).toBe(7);
    expect(nationalStatusCode.resultReceived).toBe(9);
    expect(nationalStatusCode.returned).toBe(10);
    expect(nationalStatusCode.deliveredHome).toBe(10);
    expect(nationalStatusCode.voided).toBeNull();
  });
});

describe('moves on a real ledger', () => {
  it('a forbidden move is refused before anything is posted; an allowed one is rebuilt by verify', async () => {
    const c = await intakeCounter();
    try {
      const done = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('commit') }));
      const slip = done.dossier.slipNumber;
      const moves = new DossierMoves(c.app.services.db);
      const ledger = c.app.services.ledger;
      expect(moves.statusOf(slip)).toBe('received');
      const before = ledger.count();
      expect(() => moves.plan([slip], 'returned')).toThrow(CounterError);
      expect(() => moves.plan(['360000-03-261127-9999X'], 'inBatch')).toThrow(/DOSSIER_NOT_FOUND/);
      expect(ledger.count()).toBe(before);

      ledger.transaction(() => {
        const planned = moves.plan([slip], 'inBatch');
        const entry = ledger.post({ kind: 'test.moved', payload: { moves: planned }, actor: { kind: 'system' }, idempotencyKey: key('move') });
        moves.apply(planned, entry.seq);
      });
      expect(moves.statusOf(slip)).toBe('inBatch');
      expect(ledger.verify()).toMatchObject({ ok: true });

      // A status set by hand, with no entry behind it, is named by verify.
      c.app.services.db.prepare("UPDATE dossiers SET status = 'returned' WHERE slip_number = ?").run(slip);
      expect(ledger.verify()).toMatchObject({ ok: false, differences: [expect.objectContaining({ table: 'dossiers', column: 'status', expected: 'inBatch', found: 'returned' })] });
    } finally {
      c.close();
    }
  });
});
