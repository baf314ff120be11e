// A counter ready to take in dossiers: staffed, a clerk signed in on screen 'clerk', an S10
// range, and a form filled in the way a clerk would for "Đổi giấy phép lái xe".
import { afterEach, beforeEach } from 'vitest';
import type { CommandInput, ProcedureView } from '../../shared/contract/commands';
import { counterWithStaff, key, ok, type StaffedCounter } from './counter-fixture';
import { VirtualPrinter } from './virtual-printer';

export const licenceCode = '3.000347';

export const applicant = {
  kind: 'person' as const,
  name: 'Nguyễn Thị Hoà',
  idKind: 'cccd' as const,
  idNumber: '014190001234',
  phone: '0912 345 678',
  email: 'hoa@example.vn',
  address: 'Tổ 3, phường Chiềng Lề, tỉnh Sơn La',
};

export async function intakeCounter(): Promise<StaffedCounter> {
  const c = await counterWithStaff();
  ok(await c.screen('mgr', 'intake.configure', { s10: { service: 'RR', first: 12_345_000, last: 12_345_999 }, idempotencyKey: key('s10') }));
  ok(await c.screen('clerk', 'auth.signIn', { userId: c.clerkId, pin: '1357', idempotencyKey: key('in') }));
  return c;
}

/** A counter ready for intake whose receipt printer is a virtual one (the worker not yet started). */
export async function intakeCounterWithPrinter(): Promise<{ c: StaffedCounter; printer: VirtualPrinter }> {
  const c = await intakeCounter();
  const printer = await VirtualPrinter.start();
  ok(await c.screen('mgr', 'devices.printer.configure', { settings: { uri: printer.uri, paperWidth: 80, copies: 2 }, idempotencyKey: key('printer') }));
  return { c, printer };
}

/**
 * For each test of the calling file: a counter ready for intake whose receipts reach a virtual
 * printer (the devices started), handed to `use` before the test and both closed after it.
 */
export function printingCounterEachTest(use: (made: { c: StaffedCounter; printer: VirtualPrinter }) => void): void {
  let made: { c: StaffedCounter; printer: VirtualPrinter } | undefined;
  beforeEach(async () => {
    made = await intakeCounterWithPrinter();
    await made.c.app.startDevices();
    use(made);
  });
  afterEach(async () => {
    made?.c.close();
    await made?.printer.close();
  });
}

/** Weighs an envelope by hand (the scale's own path is tested with the simulator). */
export async function weigh(c: StaffedCounter, grams = 180): Promise<number> {
  return ok(await c.screen('clerk', 'scale.manualWeight', { grams, reason: 'Cân thử nghiệm', idempotencyKey: key('w') })).seq;
}

/** The form for a procedure with every paper of its first case presented as the checklist asks. */
export function formFor(procedure: ProcedureView, snapshotHash: string, weightSeq: number): Omit<CommandInput<'intake.commit'>, 'idempotencyKey'> {
  return {
    procedureCode: procedure.code,
    snapshotHash,
    caseIndex: 0,
    papers: procedure.cases[0]!.papers.map((p, index) => ({ index, originals: p.originals, copies: Math.max(p.copies, p.originals ? 0 : 1) })),
    applicant,
    service: 'both',
    returnMethod: { kind: 'counter' },
    route: 'within-province',
    weightSeq,
    payment: { method: 'cash', tenderedVnd: 500_000 },
  };
}

/** {@link formFor} a procedure of the counter's catalogue, weighed by hand. */
export async function filledForm(c: StaffedCounter, code = licenceCode): Promise<Omit<CommandInput<'intake.commit'>, 'idempotencyKey'>> {
  const { procedure, snapshotHash } = ok(await c.screen('clerk', 'catalogue.show', { code }));
  return formFor(procedure, snapshotHash, await weigh(c));
}
