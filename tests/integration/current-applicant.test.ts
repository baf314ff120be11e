// After a correction, every step past intake shows the applicant as corrected, never as taken
// in: the handover list and record (and its PDF), the results on the shelf, the notify list and
// the notice recorded, the results receipt record, the home-delivery list (the corrected return
// address too), the overdue lists and the register. Through the dispatcher on a real ledger.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { applicant, filledForm, intakeCounter } from '../support/intake-fixture';

const newAddress = 'Số 5, đường Lò Văn Giá, phường Chiềng Lề, tỉnh Sơn La';

let c: StaffedCounter;
beforeEach(async () => {
  c = await intakeCounter();
});
afterEach(() => c.close());

const pdfText = (base64: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'current-applicant-')), 'doc.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).normalize('NFC');
};
const correct = async (slipNumber: string, change: Record<string, unknown>) =>
  ok(await c.screen('clerk', 'dossiers.correct', { slipNumber, reason: 'Ghi nhầm khi tiếp nhận', change: change as never, idempotencyKey: key('fix') }));

it('shows the corrected name, phone and return address at every step after intake', async () => {
  const form = await filledForm(c);
  const slip = ok(await c.screen('clerk', 'intake.commit', { ...form, returnMethod: { kind: 'home', address: applicant.address }, idempotencyKey: key('commit') })).dossier.slipNumber;
  await correct(slip, { field: 'applicantName', value: 'Nguyễn Thị Thu Hoài' });
  await correct(slip, { field: 'phone', value: '0977 111 222' });
  await correct(slip, { field: 'returnMethod', value: { kind: 'home', address: newAddress } });

  // Handover: today's list of what is not in a batch yet, the record and its PDF.
  expect(ok(await c.screen('clerk', 'handover.list', {})).missingToday).toMatchObject([{ slipNumber: slip, applicantName: 'Nguyễn Thị Thu Hoài' }]);
  const { batchNumber } = ok(await c.screen('clerk', 'handover.add', { batchNumber: null, scan: slip, idempotencyKey: key('add') }));
  expect(ok(await c.screen('clerk', 'handover.show', { batchNumber })).items).toMatchObject([{ slipNumber: slip, applicantName: 'Nguyễn Thị Thu Hoài' }]);
  const handoverPdf = pdfText(ok(await c.screen('clerk', 'handover.pdf', { batchNumber })).pdfBase64);
  expect(handoverPdf).toContain('Nguyễn Thị Thu Hoài');
  expect(handoverPdf).not.toContain(applicant.name);
  ok(await c.screen('clerk', 'handover.sign', { batchNumber, receiverName: 'Quàng Văn Minh', idempotencyKey: key('sign') }));

  // Results back: the shelf, the citizens to call, the notice recorded, the results receipt record.
  const session = 'checkin-current-1';
  const checkedIn = ok(await c.screen('clerk', 'results.checkIn', { scan: slip, session, idempotencyKey: key('checkin') }));
  const now = { slipNumber: slip, applicantName: 'Nguyễn Thị Thu Hoài', phone: '0977111222', returnMethod: 'home' };
  expect(checkedIn.result).toMatchObject(now);
  expect(ok(await c.screen('clerk', 'results.pending', {})).results).toMatchObject([now]);
  expect(ok(await c.screen('clerk', 'results.notifyList', {})).results).toMatchObject([now]);
  expect(ok(await c.screen('clerk', 'results.find', { scan: slip })).result).toMatchObject(now);
  const recordPdf = pdfText(ok(await c.screen('clerk', 'results.checkInRecord', { session })).pdfBase64);
  expect(recordPdf).toContain('Nguyễn Thị Thu Hoài');

  // Home delivery: the corrected name, phone and address the round goes to.
  expect(ok(await c.screen('clerk', 'delivery.list', {})).dossiers).toMatchObject([{ slipNumber: slip, applicantName: now.applicantName, phone: now.phone, address: newAddress }]);
  const round = ok(await c.screen('clerk', 'delivery.assign', { slipNumbers: [slip], carrier: 'Lò Văn Minh', idempotencyKey: key('assign') }));
  expect(round.dossiers).toMatchObject([{ slipNumber: slip, address: newAddress }]);

  // The overdue lists, once it has waited past the days allowed.
  c.clock.advance(40 * 24 * 60);
  ok(await c.screen('clerk-later', 'auth.signIn', { userId: c.clerkId, pin: '1357', idempotencyKey: key('in') }));
  const overdue = ok(await c.screen('clerk-later', 'dossiers.overdue', { uncollectedDays: 1 }));
  expect(overdue.uncollected.dossiers).toMatchObject([{ slipNumber: slip, applicantName: 'Nguyễn Thị Thu Hoài', phone: '0977111222' }]);
  // …and the register's list.
  expect(ok(await c.screen('clerk-later', 'dossiers.find', { query: slip })).hits).toMatchObject([{ slipNumber: slip, applicantName: 'Nguyễn Thị Thu Hoài' }]);
  expect(ok(await c.console('ledger.verify', {}))).toMatchObject({ ok: true });
});
