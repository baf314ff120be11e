// Identity rules from issue 9: a CCCD of a birth registered abroad, the 12-digit personal tax
// code, and the S10 service letters the standard reserves.
import { describe, expect, it } from 'vitest';
import { commands } from '../../shared/contract/commands';
import { checkIdNumber, checkPersonalNumber } from '../../shared/identity/identity-number';
import { formatS10, parseS10 } from '../../shared/identity/s10';

describe('a personal number whose first group is a country code (birth registered abroad)', () => {
  it('is asked about, not refused: the clerk confirms it against the card', () => {
    expect(checkPersonalNumber('840190001234', 2026)).toEqual({
      ok: false,
      problem: 'id.cccdCountry',
      params: { code: '840', country: 'USA' },
      confirmable: true,
    });
    expect(checkPersonalNumber('840190001234', 2026, true)).toEqual({
      ok: true,
      facts: { province: null, country: 'USA', gender: 'female', birthYear: 1990 },
    });
  });

  it('a province code wins over the country with the same number, and a code that is neither is refused outright', () => {
    expect(checkPersonalNumber('004190001234', 2026)).toMatchObject({ ok: true, facts: { province: 'Cao Bằng' } }); // 004 is also Afghanistan
    expect(checkPersonalNumber('003190001234', 2026, true)).toEqual({ ok: false, problem: 'id.cccdProvince' });
    expect(checkPersonalNumber('704190001234', 2026, true)).toEqual({ ok: false, problem: 'id.cccdProvince' }); // Viet Nam: a province, not a country
  });

  it('confirmation does not excuse the other checks', () => {
    expect(checkPersonalNumber('840290001234', 2026, true)).toEqual({ ok: false, problem: 'id.cccdCentury' });
  });

  it('goes through the contract as the applicant\'s idNumberConfirmed flag', () => {
    const applicant = { kind: 'person', name: 'Nguyễn Văn An', idKind: 'cccd', idNumber: '410 190 001 234', phone: '0912345678', address: 'Sơn La' };
    const schema = commands['intake.commit'].input.shape.applicant;
    const refused = schema.safeParse(applicant);
    expect(refused.error?.issues[0]).toMatchObject({ path: ['idNumber'], message: 'id.cccdCountry', params: { code: '410', country: 'KOR' } });
    expect(schema.parse({ ...applicant, idNumberConfirmed: true })).toMatchObject({ idNumber: '410190001234', idNumberConfirmed: true });
  });
});

describe('tax codes', () => {
  it('accepts the 12-digit personal number that individuals and household businesses use from 1 July 2025', () => {
    expect(checkIdNumber('taxCode', '014 190 001 234', 2026)).toEqual({ ok: true, value: '014190001234' });
    expect(checkIdNumber('taxCode', '5500123456', 2026)).toEqual({ ok: true, value: '5500123456' });
    expect(checkIdNumber('taxCode', '5500123456-001', 2026)).toEqual({ ok: true, value: '5500123456-001' });
  });

  it('checks a 12-digit tax code as a personal number', () => {
    expect(checkIdNumber('taxCode', '099190001234', 2026)).toEqual({ ok: false, problem: 'id.cccdProvince' });
    expect(checkIdNumber('taxCode', '014990001234', 2026)).toEqual({ ok: false, problem: 'id.cccdCentury' });
    expect(checkIdNumber('taxCode', '55001234567', 2026)).toEqual({ ok: false, problem: 'id.taxCode' });
  });
});

describe('S10 service indicators the standard reserves', () => {
  it.each(['J', 'K', 'S', 'T', 'W'])('refuses a label whose service starts with %s, even with a right check digit', (letter) => {
    expect(parseS10(formatS10(`${letter}A`, 12345678))).toEqual({ ok: false, problem: 's10.reservedService' });
  });

  it('accepts the others', () => {
    for (const service of ['RR', 'EE', 'CP', 'LA', 'UA', 'VV']) expect(parseS10(formatS10(service, 12345678))).toMatchObject({ ok: true });
  });

  it('refuses such a range in the manager\'s S10 configuration', () => {
    const configure = commands['intake.configure'].input;
    const range = (service: string) => ({ s10: { service, first: 1, last: 100 }, idempotencyKey: 'key-12345678' });
    expect(configure.safeParse(range('TA')).error?.issues[0]).toMatchObject({ path: ['s10', 'service'], message: 's10.reservedService' });
    expect(configure.safeParse(range('RR')).success).toBe(true);
  });
});
