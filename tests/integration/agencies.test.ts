// The agency directory: loaded at set-up, corrected by a manager through ledger entries, and
// copied into each dossier's record at commit so a reprint says what the original said.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReceiptDocument } from '../../shared/receipt/receipt-document';
import { key, ok, type StaffedCounter } from '../support/counter-fixture';
import { filledForm, intakeCounter, licenceCode } from '../support/intake-fixture';

let c: StaffedCounter;
beforeEach(async () => {
  c = await intakeCounter();
});
afterEach(() => c.close());

/** The value of the n-th field with this label ("Địa chỉ" is the sender's first, the agency's second). */
const field = (doc: ReceiptDocument, label: string, nth = 0) => doc.blocks.filter((b) => b.kind === 'field' && b.label === label).map((b) => (b.kind === 'field' ? b.value : ''))[nth];
const agencyOf = (doc: ReceiptDocument) => ({
  name: field(doc, 'Cơ quan'),
  unitCode: field(doc, 'Mã đơn vị'),
  address: field(doc, 'Địa chỉ', 1),
  phone: field(doc, 'Điện thoại', 1),
});

describe('agency directory', () => {
  it('a new counter has the sample directory for every agency its sample catalogue names, loaded as one ledger entry', async () => {
    const { agencies } = ok(await c.screen('mgr', 'agencies.list', {}));
    expect(agencies.length).toBeGreaterThan(10);
    expect(agencies.every((a) => a.listed && a.source === 'file' && a.sample)).toBe(true);
    expect(agencies.reduce((n, a) => n + a.procedures, 0)).toBe(ok(await c.screen('mgr', 'catalogue.filters', {})).agencies.reduce((n, a) => n + a.count, 0));
    const noi = agencies.find((a) => a.name === 'Sở Nội vụ tỉnh Sơn La')!;
    expect(noi.unitCode).toMatch(/^\d{3}\.\d{2}\.\d{2}\.H59$/);
    expect(noi.address).toContain('Sơn La');
    expect(noi.phone).toMatch(/^02\d{9}$/);
    const load = c.app.services.db.prepare("SELECT payload FROM entries WHERE kind = 'agency.updated'").all() as { payload: string }[];
    expect(load).toHaveLength(1);
    expect((JSON.parse(load[0]!.payload) as { source: string; agencies: unknown[] })).toMatchObject({ source: 'file' });
    expect((JSON.parse(load[0]!.payload) as { agencies: unknown[] }).agencies).toHaveLength(agencies.length);
  });

  it('the receipt prints the agency from the directory; a later correction changes new slips, never a reprint of an old one', async () => {
    const { procedure } = ok(await c.screen('clerk', 'catalogue.show', { code: licenceCode }));
    const agency = ok(await c.screen('mgr', 'agencies.list', {})).agencies.find((a) => a.name === procedure.agencies[0])!;
    expect(agency.address).not.toBeNull();

    const first = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('first') }));
    const printed = { name: agency.name, unitCode: agency.unitCode, address: agency.address, phone: agency.phone };
    expect(agencyOf(first.receipts[0]!)).toEqual(printed);
    expect(first.receipts[0]!.sample).toBe(true); // sample directory data

    const correction = { name: agency.name, unitCode: '000.00.19.h59', address: 'Số 1, đường Lò Văn Giá, phường Tô Hiệu, tỉnh Sơn La', phone: '0212 3855 100' };
    const updated = ok(await c.screen('mgr', 'agencies.update', { ...correction, idempotencyKey: key('agency') }));
    // Stored in one form: the code in capitals, the phone as digits.
    expect(updated.agency).toMatchObject({ unitCode: '000.00.19.H59', phone: '02123855100', address: correction.address, source: 'manager', sample: false });
    const entry = c.app.services.db.prepare("SELECT payload FROM entries WHERE kind = 'agency.updated' ORDER BY seq DESC LIMIT 1").get() as { payload: string };
    expect(JSON.parse(entry.payload)).toMatchObject({ source: 'manager', agencies: [{ name: agency.name, phone: '02123855100', previous: { phone: agency.phone } }] });

    const second = ok(await c.screen('clerk', 'intake.commit', { ...(await filledForm(c)), idempotencyKey: key('second') }));
    expect(agencyOf(second.receipts[0]!)).toEqual({ name: agency.name, unitCode: '000.00.19.H59', address: correction.address, phone: '02123855100' });
    // The first dossier's slip, drawn again from its record, still says what it said.
    expect(agencyOf(ok(await c.screen('clerk', 'intake.get', { slipNumber: first.dossier.slipNumber })).receipts[0]!)).toEqual(printed);
  });

  it('only a manager edits it; a malformed code or phone and an unknown agency are refused with the reason', async () => {
    const before = c.app.services.ledger.count();
    const name = 'Sở Nội vụ tỉnh Sơn La';
    const clerk = await c.screen('clerk', 'agencies.update', { name, unitCode: null, address: null, phone: null, idempotencyKey: key() });
    expect(!clerk.ok && clerk.error.code).toBe('FORBIDDEN');
    const badCode = await c.screen('mgr', 'agencies.update', { name, unitCode: 'H59-10', address: null, phone: null, idempotencyKey: key() });
    expect(!badCode.ok && badCode.error.issues?.map((i) => i.path)).toEqual(['unitCode']);
    expect(!badCode.ok && badCode.error.issues?.[0]?.message).toContain('có dạng 000.00.10.H59');
    const badPhone = await c.screen('mgr', 'agencies.update', { name, unitCode: null, address: null, phone: '3852101', idempotencyKey: key() }, 'en');
    expect(!badPhone.ok && badPhone.error.issues?.[0]?.path).toBe('phone');
    const unknown = await c.screen('mgr', 'agencies.update', { name: 'Sở Không Có', unitCode: null, address: null, phone: null, idempotencyKey: key() });
    expect(!unknown.ok && unknown.error.message).toBe('Không có cơ quan "Sở Không Có" trong danh bạ hay trong danh mục thủ tục.');
    expect(c.app.services.ledger.count()).toBe(before);
  });
});
