// The intake form's draft: what it sends to intake.quote / intake.commit, when its
// idempotency key changes, and the early checks that use the counter's own rules and words.
import { describe, expect, it } from 'vitest';
import { commands } from '../../shared/contract/commands';
import { fieldMessages } from '../../shared/contract/messages';
import {
  localProblem,
  missingRequired,
  needsConfirmation,
  newIntakeDraft,
  parseWhole,
  toFormInput,
  toPaymentInput,
  valueAt,
  withCodeField,
  withProcedure,
  type IntakeDraft,
  type Paper,
} from '../../renderer/src/screens/intake/intake-draft';

const procedure = { code: '1.001', name: 'Thủ tục mẫu', caseIndex: 0, versionId: 1, snapshotHash: 'a'.repeat(64) };
const papers: Paper[] = [
  { code: 'P1', name: 'Tờ khai', originals: 1, copies: 0, form: null },
  { code: null, name: 'Bản sao giấy tờ tùy thân', originals: 0, copies: 1, form: null },
  { code: 'P3', name: 'Giấy tờ chứng minh miễn phí (nếu có)', originals: 0, copies: 1, form: null },
];

function filled(): IntakeDraft {
  const d = newIntakeDraft(procedure);
  return {
    ...d,
    papers: {
      '0': { submitted: true, originals: '1', copies: '0' },
      '1': { submitted: true, originals: '0', copies: '2' },
    },
    applicant: {
      kind: 'person',
      name: 'Nguyễn Văn An',
      idKind: 'cccd',
      idNumber: '014 089 001 234',
      idNumberConfirmed: false,
      phone: '0912.345.678',
      email: '',
      address: 'Tổ 5, phường Chiềng Lề',
    },
    returnKind: 'home',
    weight: { seq: 7, grams: 250, manual: true, raw: null, reason: 'Cân hỏng', at: '2026-11-27T07:00:00Z' },
    payment: { method: 'cash', tendered: '300.000', reference: '' },
  };
}

describe('intake draft', () => {
  it('sends what the contract accepts, the applicant normalised by the counter', () => {
    const input = toFormInput(filled(), papers, 'within-province');
    expect(input).not.toBeNull();
    const parsed = commands['intake.commit'].input.safeParse({
      ...input,
      payment: toPaymentInput(filled().payment),
      idempotencyKey: 'ui-test-key-1',
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data?.papers).toEqual([
      { index: 0, originals: 1, copies: 0 },
      { index: 1, originals: 0, copies: 2 },
    ]);
    expect(parsed.data?.returnMethod).toEqual({ kind: 'home', address: 'Tổ 5, phường Chiềng Lề' });
    expect(parsed.data?.payment).toEqual({ method: 'cash', tenderedVnd: 300_000 });
    expect(parsed.data?.s10).toBeNull();
    expect(parsed.data?.weightSeq).toBe(7);
  });

  it('sends the counts typed for fees charged on top, leaving out empty and zero ones and passing nonsense on to be refused', () => {
    const counts = (feeAdditions: Record<string, string>) => toFormInput({ ...filled(), feeAdditions }, papers, 'r')?.feeAdditions;
    expect(counts({ '3': '2', '4': '', '5': '0' })).toEqual([{ index: 3, count: 2 }]);
    const typo = commands['intake.quote'].input.safeParse({ ...toFormInput({ ...filled(), feeAdditions: { '3': '2,5' } }, papers, 'r') });
    expect(typo.success).toBe(false);
    expect(typo.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['feeAdditions.0.count', 'fee.count']]);
    // Another procedure: the counts belonged to the old one's fee lines.
    expect(withProcedure({ ...filled(), feeAdditions: { '3': '2' } }, { ...procedure, code: '1.002' }).feeAdditions).toEqual({});
  });

  it('needs a recorded weight before anything is sent', () => {
    expect(toFormInput({ ...filled(), weight: null }, papers, 'r')).toBeNull();
  });

  it('counts only required papers not handed in as missing', () => {
    const d = newIntakeDraft(procedure);
    expect(missingRequired(d, papers).map((m) => m.index)).toEqual([0, 1]);
    expect(missingRequired(filled(), papers)).toEqual([]);
  });

  it('keeps the key while the form is open and makes a new one for another procedure or dossier', () => {
    const d = filled();
    const other = withProcedure(d, { ...procedure, code: '1.002' });
    expect(other.key).not.toBe(d.key);
    expect(other.papers).toEqual({});
    expect(other.applicant).toEqual(d.applicant);
    expect(newIntakeDraft(null).key).not.toBe(d.key);
    expect(d.key).toMatch(/^ui-[0-9a-f-]{36}$/);
  });

  it('reads amounts as clerks type them', () => {
    expect(parseWhole('200.000')).toBe(200_000);
    expect(parseWhole('200 000 đ')).toBe(200_000);
    expect(parseWhole('1,500,000')).toBe(1_500_000);
    expect(parseWhole('')).toBeNaN();
    expect(parseWhole('12,5a')).toBeNaN();
  });

  it('checks identity, phone and S10 with the counter’s own words', () => {
    const d = filled();
    expect(localProblem('applicant.idNumber', { ...d, applicant: { ...d.applicant, idNumber: '01408' } }, 'vi')).toBe(fieldMessages['id.cccdLength'].vi);
    expect(localProblem('applicant.phone', { ...d, applicant: { ...d.applicant, phone: '0123 456 789' } }, 'en')).toBe(fieldMessages['phone.prefix'].en);
    expect(localProblem('s10', { ...d, s10: 'RR123456784VN' }, 'vi')).toBe(fieldMessages['s10.checkDigit'].vi);
    expect(localProblem('s10', { ...d, s10: 'rr 123456785 vn' }, 'vi')).toBeUndefined();
    expect(localProblem('applicant.idNumber', d, 'vi')).toBeUndefined();
  });

  it('asks about a CCCD whose first group is a country code until the clerk confirms it, and sends the confirmation', () => {
    const d = filled();
    const abroad = { ...d, applicant: { ...d.applicant, idNumber: '840 190 001 234' } };
    expect(needsConfirmation(abroad.applicant)).toBe(true);
    expect(needsConfirmation(d.applicant)).toBe(false);
    expect(localProblem('applicant.idNumber', abroad, 'vi')).toContain('Ba chữ số đầu (840) không phải mã tỉnh mà là mã quốc gia (USA)');
    const confirmed = { ...abroad, applicant: { ...abroad.applicant, idNumberConfirmed: true } };
    expect(localProblem('applicant.idNumber', confirmed, 'vi')).toBeUndefined();
    expect(toFormInput(confirmed, papers, 'within-province')?.applicant).toMatchObject({ idNumber: '840 190 001 234', idNumberConfirmed: true });
  });

  it('points a field-less refusal at its field, and reads issue paths', () => {
    expect(withCodeField({ code: 'S10_ALREADY_USED', message: 'x' }).issues).toEqual([{ path: 's10', message: '' }]);
    expect(withCodeField({ code: 'INTERNAL', message: 'x' }).issues).toBeUndefined();
    const input = { applicant: { phone: '0912' }, papers: [{ index: 2, copies: 0 }] };
    expect(valueAt(input, 'applicant.phone')).toBe('"0912"');
    expect(valueAt(input, 'papers.0.copies')).toBe('0');
    expect(valueAt(input, 'payment.tenderedVnd')).toBe('undefined');
  });
});
