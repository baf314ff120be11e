import { describe, expect, it } from 'vitest';
import { csvText } from '../../electron/services/day/csv-table';

describe('a CSV table for Excel', () => {
  it('starts with the UTF-8 byte-order mark, ends lines with CRLF and keeps Vietnamese as typed', () => {
    const text = csvText({ name: 't', header: ['Cơ quan', 'Số tiền (VND)'], rows: [['Sở Tư pháp tỉnh Sơn La', 1250000]] });
    const bytes = Buffer.from(text, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1)).toBe('Cơ quan,Số tiền (VND)\r\nSở Tư pháp tỉnh Sơn La,1250000\r\n');
  });

  it('quotes a field holding a comma, a quote or a line break (RFC 4180) and leaves others bare', () => {
    const text = csvText({ name: 't', header: ['a', 'b', 'c', 'd', 'e'], rows: [['Nguyễn Văn "Tí"', 'Hà Nội, Việt Nam', 'dòng 1\ndòng 2', 'trơn', null]] });
    expect(text.slice(1).split('\r\n')[1]).toBe('"Nguyễn Văn ""Tí""","Hà Nội, Việt Nam","dòng 1\ndòng 2",trơn,');
  });

  it('refuses a fraction of a đồng and a row of the wrong width rather than writing them', () => {
    expect(() => csvText({ name: 't', header: ['x'], rows: [[12.5]] })).toThrow(/whole numbers/);
    expect(() => csvText({ name: 't', header: ['x', 'y'], rows: [['only one']] })).toThrow(/2 columns/);
  });
});
