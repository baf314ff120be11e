// The worker's reading of DLE EOT replies, against the bytes the virtual printer sends for each
// fault (themselves checked against the Epson reference in escpos-decoder.test.ts).
import { describe, expect, it } from 'vitest';
import { problemFromStatus, tcpAddress } from '../../electron/services/printing/printer-link';
import { statusReply, type PrinterMode } from '../support/virtual-printer';

const replies = (mode: Exclude<PrinterMode, 'silent'>, nearEnd = false) =>
  [1, 2, 4].map((n) => statusReply(mode, n, nearEnd)!) as [number, number, number];

describe('problemFromStatus', () => {
  it('names each fault the printer reports, and nothing for a ready printer', () => {
    expect(problemFromStatus(...replies('ready'))).toBeNull();
    expect(problemFromStatus(...replies('ready', true))).toBeNull(); // near end still prints
    expect(problemFromStatus(...replies('paperOut'))).toBe('paperOut');
    expect(problemFromStatus(...replies('coverOpen'))).toBe('coverOpen');
    expect(problemFromStatus(...replies('offline'))).toBe('offline');
  });

  it('puts an open cover before paper end (the roll is changed with the cover open)', () => {
    expect(problemFromStatus(0x1a, 0x12 | 0x04 | 0x20, 0x7e)).toBe('coverOpen');
    // The end sensor alone (printing not yet stopped) already means no paper.
    expect(problemFromStatus(0x12, 0x12, 0x72)).toBe('paperOut');
  });
});

describe('tcpAddress', () => {
  it('reads tcp://host:port and leaves device paths alone', () => {
    expect(tcpAddress('tcp://192.168.1.50:9100')).toEqual({ host: '192.168.1.50', port: 9100 });
    expect(tcpAddress('/dev/usb/lp0')).toBeNull();
    expect(tcpAddress('COM3')).toBeNull();
  });
});
