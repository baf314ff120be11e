// Identifiers a clerk types or scans: identity numbers, phones, S10 labels, slip numbers.
import { describe, expect, it } from 'vitest';
import { commands } from '../../shared/contract/commands';
import { fieldMessages } from '../../shared/contract/messages';
import { checkIdNumber, checkPersonalNumber } from '../../shared/identity/identity-number';
import { normalizePhone } from '../../shared/identity/phone-number';
import { formatS10, parseS10, s10CheckDigit } from '../../shared/identity/s10';
import { formatSlipNumber, parseSlipNumber, slipCheckCharacter } from '../../shared/identity/slip-number';

describe('personal identification number (CCCD)', () => {
  it('reads province, gender and birth year from the 12 digits', () => {
    expect(checkPersonalNumber('014190001234', 2026)).toEqual({ ok: true, facts: { province: 'Sơn La', gender: 'female', birthYear: 1990 } });
    expect(checkPersonalNumber('079205001234', 2026)).toEqual({ ok: true, facts: { province: 'Hồ Chí Minh', gender: 'male', birthYear: 2005 } });
  });

  it.each([
    ['01419000123', 'id.cccdLength'],
    ['0141900012345', 'id.cccdLength'],
    ['01419000123a', 'id.cccdLength'],
    ['003190001234', 'id.cccdProvince'], // 003 was never a province code
    ['099190001234', 'id.cccdProvince'],
    ['014230001234', 'id.cccdCentury'], // born in 2030
    ['014490001234', 'id.cccdCentury'], // the 2100s
  ])('%s is refused as %s', (digits, problem) => {
    expect(checkPersonalNumber(digits, 2026)).toEqual({ ok: false, problem });
  });

  it('accepts spaces and dots as typed, and the old CMND, passports and tax codes', () => {
    expect(checkIdNumber('cccd', '014 190 001 234', 2026)).toEqual({ ok: true, value: '014190001234' });
    expect(checkIdNumber('cmnd', '050123456', 2026)).toEqual({ ok: true, value: '050123456' });
    expect(checkIdNumber('cmnd', '05012345', 2026)).toEqual({ ok: false, problem: 'id.cmnd' });
    expect(checkIdNumber('passport', 'c1234567', 2026)).toEqual({ ok: true, value: 'C1234567' });
    expect(checkIdNumber('passport', 'ABCDEFG', 2026)).toEqual({ ok: false, problem: 'id.passport' });
    expect(checkIdNumber('taxCode', '5500123456001', 2026)).toEqual({ ok: true, value: '5500123456-001' });
    expect(checkIdNumber('taxCode', '55001234', 2026)).toEqual({ ok: false, problem: 'id.taxCode' });
  });
});

describe('phone numbers', () => {
  it.each([
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0386123456', '0386123456'],
    ['0212 3851 234', '02123851234'], // Sơn La landline
  ])('%s is stored as %s', (typed, stored) => {
    expect(normalizePhone(typed)).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['0112345678', 'phone.prefix'],
    ['0512345678', 'phone.prefix'],
    ['091234567', 'phone.format'],
    ['09123456789', 'phone.format'],
    ['912345678', 'phone.format'],
    ['0912-abc-678', 'phone.format'],
  ])('%s is refused as %s', (typed, problem) => {
    expect(normalizePhone(typed)).toEqual({ ok: false, problem });
  });
});

describe('UPU S10 item identifiers', () => {
  it('computes the check digit with weights 8 6 4 2 3 5 9 7, including the 10 → 0 and 11 → 5 cases', () => {
    expect(s10CheckDigit('12345678')).toBe(5);
    expect(formatS10('RR', 12345678)).toBe('RR123456785VN');
    // Find serials whose raw remainder gives 11 − s = 10 and 11, to check both substitutions.
    const raw = (serial: string) => 11 - ([...serial].reduce((a, d, i) => a + Number(d) * [8, 6, 4, 2, 3, 5, 9, 7][i]!, 0) % 11);
    const ten = Array.from({ length: 200 }, (_, i) => String(i).padStart(8, '0')).find((s) => raw(s) === 10)!;
    const eleven = Array.from({ length: 200 }, (_, i) => String(i).padStart(8, '0')).find((s) => raw(s) === 11)!;
    expect(s10CheckDigit(ten)).toBe(0);
    expect(s10CheckDigit(eleven)).toBe(5);
  });

  it('accepts a scanned label and refuses a wrong check digit or shape', () => {
    expect(parseS10(' rr123456785vn ')).toMatchObject({ ok: true, value: 'RR123456785VN' });
    expect(parseS10('RR123456784VN')).toEqual({ ok: false, problem: 's10.checkDigit' });
    expect(parseS10('RR12345678VN')).toEqual({ ok: false, problem: 's10.format' });
    expect(parseS10('R1123456785VN')).toEqual({ ok: false, problem: 's10.format' });
  });
});

const slipAlphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
/** One step of ISO/IEC 7064 MOD 37,36 from running value p, written out here to test the claim independently. */
const mod3736Step = (p: number, ch: string) => {
  const s = (p + slipAlphabet.indexOf(ch)) % 36;
  return ((s === 0 ? 36 : s) * 2) % 37;
};
/** Values one apart, counting Z (35) and 0 as neighbours. */
const cyclicNeighbours = (a: string, b: string) => {
  const d = Math.abs(slipAlphabet.indexOf(a) - slipAlphabet.indexOf(b));
  return d === 1 || d === 35;
};

describe('slip numbers', () => {
  const parts = { officeCode: '360000', counterNumber: 3, day: '261127', sequence: 1 };

  it('reads back what it writes, with a check character', () => {
    const slip = formatSlipNumber(parts);
    expect(slip).toMatch(/^360000-03-261127-0001[0-9A-Z]$/);
    expect(parseSlipNumber(slip)).toEqual(parts);
    expect(parseSlipNumber(slip.toLowerCase())).toEqual(parts);
  });

  it('catches every single-character error, and here every adjacent transposition of values not next to each other', () => {
    const slip = formatSlipNumber({ ...parts, officeCode: 'BD-SL.01', sequence: 4711 });
    const chars = [...slip];
    for (let i = 0; i < chars.length; i++) {
      if (!/[0-9A-Z]/.test(chars[i]!)) continue;
      for (const c of '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') {
        if (c === chars[i]) continue;
        const bad = [...chars];
        bad[i] = c;
        expect(parseSlipNumber(bad.join('')), bad.join('')).toBeNull();
      }
      const j = i + 1;
      if (j < chars.length && /[0-9A-Z]/.test(chars[j]!) && !cyclicNeighbours(chars[i]!, chars[j]!) && chars[j] !== chars[i]) {
        const swapped = [...chars];
        [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
        expect(parseSlipNumber(swapped.join('')), swapped.join('')).toBeNull();
      }
    }
  });

  it('misses an adjacent transposition only of two values next to each other (mod 36), and then in 1 state of 36', () => {
    // Every pair of characters, swapped after every running value the check can reach (1…36):
    // the pairs that can go unnoticed, and how many running values let each one through.
    const missed = new Map<string, number>();
    for (let p = 1; p <= 36; p++) {
      for (const a of slipAlphabet) {
        for (const b of slipAlphabet) {
          if (a >= b) continue;
          if (mod3736Step(mod3736Step(p, a), b) === mod3736Step(mod3736Step(p, b), a)) missed.set(a + b, (missed.get(a + b) ?? 0) + 1);
        }
      }
    }
    const neighbours = [...slipAlphabet].map((a, i) => [a, slipAlphabet[(i + 1) % 36]!].sort().join(''));
    expect([...missed.keys()].sort()).toEqual(neighbours.sort());
    expect([...missed.values()].every((n) => n === 1)).toBe(true);
    // A real slip where it happens: 8 and 9 swapped in the sequence still reads as valid.
    const slip = formatSlipNumber({ ...parts, sequence: 890 });
    expect(slip).toBe('360000-03-261127-08901');
    expect(parseSlipNumber('360000-03-261127-09801')).not.toBeNull();
    // Swapping the last digit with the check character: again only 0 and 1, as here.
    expect(parseSlipNumber('360000-03-261127-08910')).not.toBeNull();
  });

  it('differs between counters, offices and days for the same sequence', () => {
    const a = formatSlipNumber(parts);
    expect(new Set([a, formatSlipNumber({ ...parts, counterNumber: 4 }), formatSlipNumber({ ...parts, officeCode: '360100' }), formatSlipNumber({ ...parts, day: '261128' })]).size).toBe(4);
    expect(slipCheckCharacter('360000-03-261127-0001')).toBe(a.at(-1));
  });
});

describe('the intake contract turns bad identity input into Vietnamese field messages', () => {
  const applicant = {
    kind: 'person',
    name: 'Nguyễn Thị Hoà',
    idKind: 'cccd',
    idNumber: '014190001234',
    phone: '0912345678',
    email: null,
    address: 'Tổ 3, phường Chiềng Lề, tỉnh Sơn La',
  };
  const draft = (over: Record<string, unknown> = {}, applicantOver: Record<string, unknown> = {}) => ({
    procedureCode: '1.001193',
    snapshotHash: 'a'.repeat(64),
    caseIndex: 0,
    papers: [{ index: 0, originals: 1, copies: 0 }],
    applicant: { ...applicant, ...applicantOver },
    service: 'both',
    returnMethod: { kind: 'counter' },
    route: 'within-province',
    weightSeq: 5,
    ...over,
  });
  const issues = (input: unknown) => {
    const r = commands['intake.quote'].input.safeParse(input);
    return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  };

  it('stores a name typed in NFD as NFC, and the phone in its national form', () => {
    const nfd = 'Nguyễn Thị Hoà'.normalize('NFD');
    const r = commands['intake.quote'].input.parse(draft({}, { name: nfd, phone: '+84 912 345 678' }));
    expect(r.applicant.name).toBe('Nguyễn Thị Hoà'.normalize('NFC'));
    expect(r.applicant.name).not.toBe(nfd);
    expect(r.applicant.phone).toBe('0912345678');
  });

  it.each([
    [{ idNumber: '01419000123' }, 'applicant.idNumber', 'id.cccdLength'],
    [{ idNumber: '003190001234' }, 'applicant.idNumber', 'id.cccdProvince'],
    [{ phone: '0112345678' }, 'applicant.phone', 'phone.prefix'],
    [{ name: 'Nguyễn Văn 3' }, 'applicant.name', 'name.letters'],
    [{ email: 'hoa@' }, 'applicant.email', 'email.format'],
  ])('%o → %s %s', (over, path, key) => {
    expect(issues(draft({}, over))).toEqual([{ path, message: key }]);
    expect(fieldMessages[key as keyof typeof fieldMessages].vi).toMatch(/[àáảãạăâđêôơư]/i);
  });

  it('refuses a scanned S10 with a wrong check digit', () => {
    expect(issues(draft({ s10: 'RR123456784VN' }))).toEqual([{ path: 's10', message: 's10.checkDigit' }]);
    expect(commands['intake.quote'].input.parse(draft({ s10: 'rr123456785vn' })).s10).toBe('RR123456785VN');
  });

  it('an organisation name may hold digits', () => {
    expect(issues(draft({}, { kind: 'organisation', name: 'Công ty TNHH 3T Sơn La', idKind: 'taxCode', idNumber: '5500123456' }))).toEqual([]);
  });
});
