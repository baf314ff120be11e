// A PIN being chosen must not be one of the first guesses: one digit, a run, a year.
import { describe, expect, it } from 'vitest';
import { commands } from '../../shared/contract/commands';
import { trivialPin } from '../../shared/identity/trivial-pin';

describe('trivial PINs', () => {
  it.each([
    ['0000', 'pin.sameDigit'],
    ['111111', 'pin.sameDigit'],
    ['99999999', 'pin.sameDigit'],
    ['1234', 'pin.sequence'],
    ['4321', 'pin.sequence'],
    ['123456', 'pin.sequence'],
    ['98765432', 'pin.sequence'],
    ['7890', 'pin.sequence'], // across 9 → 0, as on the number row
    ['0987', 'pin.sequence'],
    ['890123', 'pin.sequence'],
    ['1987', 'pin.year'],
    ['2024', 'pin.year'],
    ['1900', 'pin.year'],
    ['2099', 'pin.year'],
  ])('%s is refused as %s', (pin, problem) => {
    expect(trivialPin(pin)).toBe(problem);
  });

  it.each(['2468', '1357', '9753', '4826', '1235', '2100', '1899', '19871', '112233'])('%s is accepted', (pin) => {
    expect(trivialPin(pin)).toBeNull();
  });

  it('is checked where a PIN is chosen, not at sign-in (a PIN chosen earlier still opens its account)', () => {
    const key = { idempotencyKey: 'key-12345678' };
    const setup = { officeCode: '360000', officeName: 'Bưu cục', counterNumber: 1, province: '14', managerName: 'Lò Văn Hùng', ...key };
    const issue = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) => r.error?.issues[0];
    expect(issue(commands['setup.initialize'].input.safeParse({ ...setup, managerPin: '1234' }))).toMatchObject({ path: ['managerPin'], message: 'pin.sequence' });
    expect(issue(commands['users.add'].input.safeParse({ name: 'Cầm Thị Mai', role: 'clerk', pin: '2000', ...key }))).toMatchObject({ path: ['pin'], message: 'pin.year' });
    expect(commands['users.add'].input.safeParse({ name: 'Cầm Thị Mai', role: 'clerk', pin: '1357', ...key }).success).toBe(true);
    expect(commands['auth.signIn'].input.safeParse({ userId: 'u_0123456789abcdef', pin: '1111', ...key }).success).toBe(true);
  });
});
