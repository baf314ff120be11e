// `npm run bench -- intake`: the counter's main job, timed. A dossier commit through the
// dispatcher (validation, checklist, tariff, calendar, ledger transaction, print job) against a
// bare ledger append (the peer); commit → last byte at a virtual ESC/POS printer on loopback TCP
// (target p95 ≤ 200 ms); and the two receipt renderers against what their libraries do alone:
// ESC/POS with Vietnamese as raster vs node-thermal-printer's own (code-page) text path, the A5
// receipt PDF vs the guidance slip PDF.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodeThermalPrinter from 'node-thermal-printer';
import { defaultResourcesDir, openCounterApp, resourcesIn } from '../../electron/services/counter-app';
import { renderGuidanceSlip } from '../../electron/services/catalogue/guidance-slip-pdf';
import { renderEscPos } from '../../electron/services/printing/escpos';
import { renderReceiptPdf } from '../../electron/services/printing/receipt-pdf';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract/commands';
import type { CommandResult } from '../../shared/contract/result';
import { formFor, licenceCode } from '../support/intake-fixture';
import { VirtualPrinter } from '../support/virtual-printer';
import { ms, percentile } from './stats';

const dossiers = 100;
const renders = 50;

export async function intakeBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-intake-'));
  const app = openCounterApp({ dataDir: dir });
  const printer = await VirtualPrinter.start();
  let seq = 0;
  const k = (label: string) => `bench-${label}-${++seq}`;
  const call = async <N extends CommandName>(name: N, input: CommandInput<N>, via: 'console' | 'screen' = 'screen') => {
    const r = (await app.dispatch(name, input, { lang: 'vi', via, sessionId: 'bench' })) as CommandResult<CommandOutput<N>>;
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.value;
  };
  try {
    await call('setup.initialize', { officeCode: '360000', officeName: 'Bưu điện tỉnh Sơn La', counterNumber: 1, province: 'Sơn La', managerName: 'Lò Văn Hùng', managerPin: '2468', idempotencyKey: k('setup') });
    await call('intake.configure', { s10: { service: 'RR', first: 10_000_000, last: 10_009_999 }, idempotencyKey: k('s10') });
    await call('devices.printer.configure', { settings: { uri: printer.uri, paperWidth: 80, copies: 2 }, idempotencyKey: k('printer') });
    await app.startDevices();
    const { procedure, snapshotHash } = await call('catalogue.show', { code: licenceCode });
    const form = (weightSeq: number): CommandInput<'intake.commit'> => ({ ...formFor(procedure, snapshotHash, weightSeq), idempotencyKey: k('commit') });

    const commit: number[] = [];
    const toPrinter: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < dossiers; i++) {
      const { seq: weightSeq } = await call('scale.manualWeight', { grams: 150 + i, reason: 'benchmark', idempotencyKey: k('w') });
      const input = form(weightSeq);
      const t0 = performance.now();
      await call('intake.commit', input);
      commit.push(performance.now() - t0);
      await printer.waitForJobs(i + 1, 10_000);
      toPrinter.push(printer.jobs[i]!.lastByteAt - t0);
      // The peer: one ledger entry of the same size, appended with nothing else around it.
      const t1 = performance.now();
      app.services.ledger.transaction(() => app.services.ledger.post({ kind: 'bench.bare', payload: input, actor: { kind: 'system' }, idempotencyKey: k('bare') }));
      bare.push(performance.now() - t1);
    }
    console.log(`${dossiers} dossiers ("Đổi giấy phép lái xe", 2 copies, 80 mm) committed through the dispatcher; printer = virtual ESC/POS printer on loopback TCP`);
    table('path', [
      ['bare ledger append of the same payload (peer)', bare, bare],
      ['intake.commit (validate, assess, ledger, job)', commit, bare],
      ['commit → last byte at the printer (target p95 ≤ 200 ms)', toPrinter, bare],
    ]);

    const { receipts } = await call('intake.get', { slipNumber: (await call('intake.recent', { limit: 1 })).dossiers[0]!.slipNumber });
    const fonts = resourcesIn(defaultResourcesDir).fonts;
    renderEscPos(receipts, { paperWidth: 80, fontsDir: fonts }); // first call loads the fonts
    const escpos = timed(renders, () => renderEscPos(receipts, { paperWidth: 80, fontsDir: fonts }));
    const lines = receipts.flatMap((d) => d.blocks.flatMap((b) => ('text' in b ? [b.text] : 'value' in b ? [`${b.label}: ${b.value}`] : [])));
    const ntp = timed(renders, () => {
      const p = new nodeThermalPrinter.ThermalPrinter({ type: nodeThermalPrinter.PrinterTypes.EPSON, interface: printer.uri, width: 48, characterSet: nodeThermalPrinter.CharacterSet.WPC1258_VIETNAMESE });
      for (const line of lines) p.println(line);
      p.cut();
      p.getBuffer();
    });
    console.log(`\nReceipt rendering, ${renders} runs each (the same two copies)`);
    table('renderer', [
      ['node-thermal-printer text path, code page (peer; prints Vietnamese as "?")', ntp, ntp],
      ['ESC/POS, Vietnamese as raster + native Code128/QR', escpos, ntp],
    ]);

    const slipInput = { procedure, caseIndex: 0, papers: procedure.cases[0]!.papers, onlyMissing: false, officeName: 'Bưu điện tỉnh Sơn La', counterNumber: 1, clerkName: 'Cầm Thị Mai', applicantName: 'Nguyễn Thị Hoà', at: new Date(), sample: true, reference: 'HD-1' };
    const guidance = await timedAsync(renders, () => renderGuidanceSlip(slipInput, fonts));
    const pdf = await timedAsync(renders, () => renderReceiptPdf(receipts, fonts));
    table('PDF', [
      ['guidance slip, pdfkit (peer)', guidance, guidance],
      ['A5 receipt, 2 pages with barcodes and QR', pdf, guidance],
    ]);
  } finally {
    app.close();
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(what: string, rows: [string, number[], number[]][]): void {
  console.log(`| ${what} | p50 | p95 | max | p95 ratio to peer |`);
  console.log('|---|---|---|---|---|');
  for (const [name, s, peer] of rows) {
    console.log(`| ${name} | ${ms(percentile(s, 50))} | ${ms(percentile(s, 95))} | ${ms(Math.max(...s))} | ${(percentile(s, 95) / percentile(peer, 95)).toFixed(2)} |`);
  }
}

function timed(n: number, fn: () => void): number[] {
  return Array.from({ length: n }, () => {
    const t = performance.now();
    fn();
    return performance.now() - t;
  });
}

async function timedAsync(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}
