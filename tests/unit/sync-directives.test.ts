// The checks a directive from the centre passes before the counter applies it
// (shared/sync/directives.ts); what fails is recorded as refused, never applied half-way.
import { describe, expect, it } from 'vitest';
import { directivePayloads } from '../../shared/sync/directives';

const check = (kind: keyof typeof directivePayloads, payload: unknown) => directivePayloads[kind].safeParse(payload).success;

describe('directive payloads', () => {
  it("takes a department's acceptance only with its dossier code and a real appointment day", () => {
    expect(check('dossier.status', { slipNumber: 'S1', status: 'accepted', departmentCode: 'H36.25-261130-0007', appointmentDate: '2026-12-10' })).toBe(true);
    expect(check('dossier.status', { slipNumber: 'S1', status: 'accepted', departmentCode: 'mã có dấu cách', appointmentDate: '2026-12-10' })).toBe(false);
    expect(check('dossier.status', { slipNumber: 'S1', status: 'accepted', departmentCode: 'H36', appointmentDate: '2026-02-30' })).toBe(false);
    expect(check('dossier.status', { slipNumber: 'S1', status: 'refused' })).toBe(false); // a refusal says why
    expect(check('dossier.status', { slipNumber: 'S1', status: 'done' })).toBe(true);
  });

  it('refuses an S10 range backwards, and a day off written the Vietnamese way or outside its year', () => {
    expect(check('s10.range', { service: 'RR', first: 10, last: 20 })).toBe(true);
    expect(check('s10.range', { service: 'RR', first: 20, last: 10 })).toBe(false);
    const dayOff = (date: string) => ({ year: 2027, daysOff: [{ date, name: 'Nghỉ hoán đổi', source: 'Thông báo của UBND tỉnh' }] });
    expect(check('calendar.override', dayOff('2027-03-15'))).toBe(true);
    expect(check('calendar.override', dayOff('15/03/2027'))).toBe(false);
    expect(check('calendar.override', dayOff('2028-03-15'))).toBe(false); // not in the year it is for
  });

  it('takes money proposals in whole VND, never zero', () => {
    expect(check('money.proposal', { slipNumber: 'S1', amountVnd: -20_000, reason: 'Thu thừa' })).toBe(true);
    expect(check('money.proposal', { slipNumber: 'S1', amountVnd: 0, reason: 'Thu thừa' })).toBe(false);
    expect(check('money.proposal', { slipNumber: 'S1', amountVnd: 1500.5, reason: 'Thu thừa' })).toBe(false);
  });
});
