// Run as a separate process by tests/integration/printing.test.ts: opens the counter on a data
// folder, starts its devices (the print worker), queues a print job inside a ledger transaction
// and says so on stdout, then waits to be killed (SIGKILL) — the "process killed between the
// commit and the print" case.
import { openCounterApp } from '../../electron/services/counter-app';
import type { ReceiptDocument } from '../../shared/receipt/receipt-document';

const [dataDir, reference] = process.argv.slice(2);
if (!dataDir || !reference) throw new Error('usage: print-crash-child DATA_DIR REFERENCE');

const app = openCounterApp({ dataDir, printing: { backoffMs: [100], connectTimeoutMs: 500, statusTimeoutMs: 300, idleProbeMs: 0 } });
await app.startDevices();
const { ledger, printing } = app.services;
const document: ReceiptDocument = {
  title: 'PHIẾU GỬI HỒ SƠ',
  copyLabel: 'Liên 1: giao người gửi',
  reprint: null,
  sample: false,
  blocks: [{ kind: 'barcode', symbology: 'code128', data: reference, caption: 'Số phiếu' }],
};
const { jobId } = ledger.transaction(() => {
  const entry = ledger.post({ kind: 'test.receipt_issued', payload: { reference }, actor: { kind: 'system' }, idempotencyKey: `crash-${reference}` });
  return printing.enqueue({ kind: 'receipt', reference, documents: [document], causedBySeq: entry.seq });
});
printing.kick();
process.stdout.write(`queued ${jobId}\n`);
// Keep running until killed; the worker keeps retrying the printer that is down.
setInterval(() => {}, 60_000);
