// Run as a separate process by tests/integration/intake-faults.test.ts: opens a counter that is
// already set up, takes a dossier in through the real dispatcher while the printer is off, says
// so on stdout, and waits to be killed (SIGKILL) — the app dying after the commit and before
// the receipt is printed.
import { clerkAtCounter } from './crash-counter';

const [dataDir, clerkId] = process.argv.slice(2);
if (!dataDir || !clerkId) throw new Error('usage: intake-crash-child DATA_DIR CLERK_ID');

const call = await clerkAtCounter(dataDir, clerkId);
const { seq } = await call('scale.manualWeight', { grams: 210, reason: 'Cân hỏng', idempotencyKey: 'crash-weight-1' });
const { procedure, snapshotHash } = await call('catalogue.show', { code: '3.000347' });
const { dossier } = await call('intake.commit', {
  procedureCode: procedure.code,
  snapshotHash,
  caseIndex: 0,
  papers: procedure.cases[0]!.papers.map((p, index) => ({ index, originals: p.originals, copies: p.copies || (p.originals ? 0 : 1) })),
  applicant: { kind: 'person', name: 'Lò Thị Hương', idKind: 'cccd', idNumber: '014195001234', phone: '0988123456', email: null, address: 'Bản Hụm, xã Chiềng Ngần, tỉnh Sơn La' },
  service: 'send',
  returnMethod: { kind: 'counter' },
  route: 'within-province',
  weightSeq: seq,
  payment: { method: 'transfer', reference: 'FT2633100001' },
  idempotencyKey: 'crash-commit-1',
});
process.stdout.write(`committed ${dossier.slipNumber}\n`);
// Keep running until killed; the worker keeps trying the printer that is off.
setInterval(() => {}, 60_000);
