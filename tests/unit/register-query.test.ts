// How the one "Tìm hồ sơ" box reads what is typed or scanned: never a guess between two dossiers.
import { describe, expect, it } from 'vitest';
import { readRegisterQuery } from '../../shared/dossier/register-query';
import { formatSlipNumber } from '../../shared/identity/slip-number';
import { formatS10 } from '../../shared/identity/s10';

const slip = formatSlipNumber({ officeCode: '360100', counterNumber: 1, day: '261127', sequence: 12 });
const compact = slip.replaceAll('-', '');

describe('readRegisterQuery', () => {
  it('reads a slip number with dashes, without them, in lower case, and from the receipt QR', () => {
    expect(readRegisterQuery(slip)).toEqual({ kind: 'slip', compact });
    expect(readRegisterQuery(` ${compact.toLowerCase()} `)).toEqual({ kind: 'slip', compact });
    expect(readRegisterQuery(`${slip}|RR123456785VN|0123456789abcdef`)).toEqual({ kind: 'slip', compact });
  });

  it('does not take a mistyped slip number (wrong check character) for a slip', () => {
    const wrong = compact.slice(0, -1) + (compact.endsWith('0') ? '1' : '0');
    expect(readRegisterQuery(wrong).kind).not.toBe('slip');
  });

  it('reads an S10 with its check digit; a wrong check digit is not an S10', () => {
    const s10 = formatS10('RR', 12345678);
    expect(readRegisterQuery(s10.toLowerCase())).toEqual({ kind: 's10', s10 });
    expect(readRegisterQuery('RR123456780VN').kind).not.toBe('s10');
  });

  it('reads digits as an ID number, and also as a phone when they are one', () => {
    expect(readRegisterQuery('014190001234')).toEqual({ kind: 'number', idNumber: '014190001234', phone: null });
    expect(readRegisterQuery('+84 912 345 678')).toEqual({ kind: 'number', idNumber: '84912345678', phone: '0912345678' });
    expect(readRegisterQuery('0912.345.678')).toEqual({ kind: 'number', idNumber: '0912345678', phone: '0912345678' });
    expect(readRegisterQuery('c1234567')).toEqual({ kind: 'number', idNumber: 'C1234567', phone: null });
  });

  it('reads anything else as name words, folded, each once', () => {
    expect(readRegisterQuery('Nguyễn  THỊ hoà nguyen')).toEqual({ kind: 'name', words: ['nguyen', 'thi', 'hoa'] });
    expect(readRegisterQuery('Đinh')).toEqual({ kind: 'name', words: ['dinh'] });
    expect(readRegisterQuery('  ')).toEqual({ kind: 'all' });
    expect(readRegisterQuery('--')).toEqual({ kind: 'all' });
  });
});
