// What a failing device says, end to end through the real dispatcher: a printer's problem and a
// scale port that cannot be opened arrive as codes, worded in the caller's language, with the
// operating system's text kept only as a technical detail.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScaleStatus } from '../../shared/contract/commands';
import type { ScaleSettings } from '../../shared/contract/fields';
import { counterWithStaff, key, ok, type StaffedCounter } from '../support/counter-fixture';
import { VirtualPrinter } from '../support/virtual-printer';

const vietnamese = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

let c: StaffedCounter;
beforeEach(async () => {
  c = await counterWithStaff();
});
afterEach(() => c.close());

describe('printer problems through the dispatcher', () => {
  it('names each problem by code and words it in English or Vietnamese', async () => {
    const printer = await VirtualPrinter.start();
    try {
      for (const [mode, problem, english] of [
        ['paperOut', 'paperOut', 'out of paper'],
        ['coverOpen', 'coverOpen', 'cover is open'],
        ['offline', 'offline', 'offline'],
      ] as const) {
        printer.setMode(mode);
        for (const lang of ['en', 'vi'] as const) {
          const refused = await c.console('printer.test', { uri: printer.uri }, lang);
          if (refused.ok) throw new Error('printed on a printer that reported a problem');
          expect(refused.error).toMatchObject({ code: 'PRINTER_FAILED', params: { uri: printer.uri, problem } });
          if (lang === 'en') {
            expect(refused.error.message).toContain(english);
            expect(refused.error.message).not.toMatch(vietnamese);
          } else expect(refused.error.message).toMatch(vietnamese);
        }
      }
      await printer.down();
      const down = await c.console('printer.test', { uri: printer.uri }, 'en');
      if (down.ok) throw new Error('printed on a printer that is off');
      expect(down.error.params).toMatchObject({ problem: 'unreachable', detail: 'ECONNREFUSED' });
      expect(down.error.message).toBe(`Could not print to ${printer.uri}: cannot reach the printer (switched off, wrong address or no network).`);
      expect(printer.jobs).toEqual([]);
    } finally {
      await printer.close();
    }
  });
});

describe('a scale port that cannot be opened', () => {
  it('reports portNotFound for a path that does not exist, with the raw error only as detail', async () => {
    const seen: ScaleStatus[] = [];
    c.app.events.subscribe((name, payload) => {
      if (name === 'scale.reading') seen.push(payload as ScaleStatus);
    });
    await c.app.startDevices();
    const settings: ScaleSettings = {
      path: '/dev/counter-test-no-such-port',
      protocol: 'mt-sics',
      baudRate: 9600,
      dataBits: 8,
      parity: 'none',
      stopBits: 1,
      stableCount: 3,
      stableWindowMs: 1000,
    };
    ok(await c.screen('mgr', 'devices.scale.configure', { settings, idempotencyKey: key('scale') }));
    const deadline = Date.now() + 5000;
    while (!seen.some((s) => s.connection === 'disconnected') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const lost = seen.find((s) => s.connection === 'disconnected');
    expect(lost).toMatchObject({ connection: 'disconnected', problem: 'portNotFound', refusal: null });
    expect(lost!.detail).toMatch(/No such file or directory/);
  });
});
