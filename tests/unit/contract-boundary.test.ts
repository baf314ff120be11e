import { afterEach, describe, expect, it } from 'vitest';
import { commands, commandNames } from '../../shared/contract/commands';
import { counterWithStaff, defaultSetup, key, ok, openTestCounter, type TestCounter } from '../support/counter-fixture';

let c: TestCounter;
afterEach(() => c?.close());

describe('the contract', () => {
  it('gives every state-changing command an idempotency key and every command its callers', () => {
    for (const name of commandNames) {
      const spec = commands[name];
      expect(spec.allow.length, name).toBeGreaterThan(0);
      const shape = (spec.input as unknown as { shape: Record<string, unknown> }).shape;
      expect('idempotencyKey' in shape, `${name} idempotencyKey`).toBe(spec.mutates);
    }
  });
});

describe('validation at the boundary', () => {
  it('refuses a malformed set-up with Vietnamese messages per field and changes nothing', async () => {
    c = openTestCounter();
    const r = await c.screen('s', 'setup.initialize', {
      ...defaultSetup,
      officeCode: 'Bưu cục; DROP TABLE',
      counterNumber: 0,
      managerPin: '12a4',
      idempotencyKey: key(),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('INVALID_INPUT');
    expect(r.error.issues).toEqual([
      { path: 'officeCode', message: expect.stringMatching(/^Mã bưu cục: Mã bưu cục chỉ gồm chữ số/) },
      { path: 'counterNumber', message: 'Số quầy: Số quầy phải từ 1 đến 99.' },
      { path: 'managerPin', message: 'Mã PIN quản lý: Mã PIN phải gồm 4 đến 8 chữ số.' },
    ]);
    expect(r.error.message.startsWith('Dữ liệu không hợp lệ — ')).toBe(true);
    expect(c.app.services.ledger.count()).toBe(0);
    expect(ok(await c.screen('s', 'app.status', {})).initialized).toBe(false);
  });

  it('answers in English for an English screen', async () => {
    c = openTestCounter();
    const r = await c.screen('s', 'setup.initialize', { ...defaultSetup, managerPin: '1', idempotencyKey: key() }, 'en');
    expect(!r.ok && r.error.issues).toEqual([{ path: 'managerPin', message: 'Manager PIN: The PIN must be 4 to 8 digits.' }]);
  });

  it('stores names typed in NFD as NFC and folds stray white space', async () => {
    c = await counterWithStaff();
    const nfd = '  Nguyễn   Thị   Ánh  '.normalize('NFD');
    const { user } = ok(await c.screen('mgr', 'users.add', { name: nfd, role: 'clerk', pin: '4826', idempotencyKey: key() }));
    expect(user.name).toBe('Nguyễn Thị Ánh'.normalize('NFC'));
    expect(user.name).toHaveLength(14);
    // The same name in another normal form is the same person.
    const dup = await c.screen('mgr', 'users.add', { name: 'nguyễn thị ánh', role: 'clerk', pin: '4826', idempotencyKey: key() });
    expect(!dup.ok && dup.error.message).toBe('Đã có người dùng tên "nguyễn thị ánh" tại quầy này.');
  });

  it.each([
    ['control characters', 'Lò\u0000Văn', 'Chứa ký tự điều khiển không hợp lệ.'],
    ['a 10,000-character name', 'A'.repeat(10_000), 'Quá dài (tối đa 80 ký tự).'],
    ['only spaces', '   ', 'Không được để trống.'],
    ['a number', 42, 'Không được để trống.'],
  ])('refuses %s in a name with a clear message', async (_label, name, message) => {
    c = await counterWithStaff();
    const before = c.app.services.ledger.count();
    const r = await c.screen('mgr', 'users.add', { name: name as string, role: 'clerk', pin: '4826', idempotencyKey: key() });
    expect(!r.ok && r.error.issues).toEqual([{ path: 'name', message: `Họ tên: ${message}` }]);
    expect(c.app.services.ledger.count()).toBe(before);
  });

  it('refuses unknown commands, extra fields and missing idempotency keys', async () => {
    c = await counterWithStaff();
    const unknown = await c.app.dispatch('users.drop', {}, { lang: 'vi', via: 'screen', sessionId: 'mgr' });
    expect(!unknown.ok && unknown.error.code).toBe('UNKNOWN_COMMAND');
    const extra = await c.screen('mgr', 'users.list', { admin: true } as never);
    expect(!extra.ok && extra.error.code).toBe('INVALID_INPUT');
    const noKey = await c.screen('mgr', 'users.add', { name: 'A B', role: 'clerk', pin: '4826' } as never);
    expect(!noKey.ok && noKey.error.issues?.[0]?.message).toBe('Mã thao tác: Thiếu hoặc sai mã thao tác (idempotency key).');
  });

  it('checks access before input, so a refused caller learns nothing and changes nothing', async () => {
    c = await counterWithStaff();
    const r = await c.screen('nobody', 'users.add', { name: '', role: 'boss', pin: 'x' } as never);
    expect(!r.ok && r.error.code).toBe('NOT_SIGNED_IN');
  });

  it('refuses a second set-up', async () => {
    c = await counterWithStaff();
    const r = await c.screen('x', 'setup.initialize', { ...defaultSetup, idempotencyKey: key() });
    expect(!r.ok && r.error.code).toBe('ALREADY_INITIALIZED');
  });

  it('refuses everything but set-up before the counter is set up', async () => {
    c = openTestCounter();
    const r = await c.console('users.add', { name: 'A B', role: 'clerk', pin: '4826', idempotencyKey: key() });
    expect(!r.ok && r.error.message).toBe('Quầy chưa được thiết lập. Hãy hoàn tất bước thiết lập ban đầu.');
  });
});
