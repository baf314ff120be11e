import { afterEach, describe, expect, it } from 'vitest';
import { counterWithStaff, key, ok, type TestCounter } from '../support/counter-fixture';

let c: Awaited<ReturnType<typeof counterWithStaff>>;
afterEach(() => c?.close());

const signIn = (t: TestCounter, session: string, userId: string, pin: string, k = key('signin')) =>
  t.screen(session, 'auth.signIn', { userId, pin, idempotencyKey: k });

describe('PINs', () => {
  it('stores a salted scrypt hash per user, never the PIN, and keeps it out of the ledger', async () => {
    c = await counterWithStaff();
    ok(await c.screen('mgr', 'users.add', { name: 'Lường Văn An', role: 'clerk', pin: '1357', idempotencyKey: key() }));
    const creds = c.app.services.db.prepare('SELECT salt, hash FROM credentials').all() as { salt: Buffer; hash: Buffer }[];
    expect(creds).toHaveLength(3);
    // The clerk and An share PIN 1357: different salts make different hashes.
    expect(new Set(creds.map((r) => r.hash.toString('hex'))).size).toBe(3);
    const everything = JSON.stringify(c.app.services.db.prepare('SELECT * FROM entries').all());
    expect(everything).not.toContain('1357');
    expect(everything).not.toContain('2468');
  });

  it('signs a clerk in with the right PIN and records the sign-in as the clerk', async () => {
    c = await counterWithStaff();
    const { user } = ok(await signIn(c, 'tab-clerk', c.clerkId, '1357'));
    expect(user).toEqual({ id: c.clerkId, name: 'Cầm Thị Mai', role: 'clerk' });
    const last = c.app.services.ledger.entries({ limit: 1 })[0]!;
    expect(last).toMatchObject({ kind: 'auth.signed_in', actorKind: 'user', actorUserId: c.clerkId });
  });

  it('locks the account for 30 seconds after 5 wrong PINs, and refuses a repeated key unchecked', async () => {
    c = await counterWithStaff();
    const repeated = key('same');
    for (let i = 0; i < 3; i++) expect((await signIn(c, 'tab', c.clerkId, '0000', repeated)).ok).toBe(false);
    // Even with the right PIN, a used key is neither a sign-in nor a free guess.
    const replay = await signIn(c, 'tab', c.clerkId, '1357', repeated);
    expect(!replay.ok && replay.error.code).toBe('ALREADY_RECORDED');
    const attempts: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await signIn(c, 'tab', c.clerkId, '0000');
      attempts.push(r.ok ? 'ok' : r.error.message);
    }
    expect(attempts[0]).toBe('Mã PIN không đúng. Còn 3 lần thử trước khi tài khoản bị khóa.');
    expect(attempts[3]).toMatch(/^Tài khoản tạm khóa do nhập sai mã PIN 5 lần liên tiếp\. Thử lại sau 30 giây/);
    // The right PIN is refused while locked.
    const locked = await signIn(c, 'tab', c.clerkId, '1357');
    expect(!locked.ok && locked.error.code).toBe('ACCOUNT_LOCKED');
    expect(c.entryKinds().filter((k) => k === 'auth.pin_rejected')).toHaveLength(5);
    expect(c.entryKinds()).toContain('auth.account_locked');
    // Wrong PINs are posted by the system: nobody proved the clerk typed them.
    expect(c.app.services.ledger.entries({ limit: 1 })[0]).toMatchObject({ kind: 'auth.account_locked', actorKind: 'system' });

    c.clock.advance(0.4);
    expect((await signIn(c, 'tab', c.clerkId, '1357')).ok).toBe(false);
    c.clock.advance(0.2);
    expect(ok(await signIn(c, 'tab', c.clerkId, '1357')).user.id).toBe(c.clerkId);
  });

  it('answers in English when the screen is in English', async () => {
    c = await counterWithStaff();
    const r = await c.screen('tab', 'auth.signIn', { userId: c.clerkId, pin: '0000', idempotencyKey: key() }, 'en');
    expect(!r.ok && r.error.message).toBe('Wrong PIN. 4 attempts left before the account is locked.');
    for (let i = 0; i < 4; i++) await c.screen('tab', 'auth.signIn', { userId: c.clerkId, pin: '0000', idempotencyKey: key() }, 'en');
    const locked = await c.screen('tab', 'auth.signIn', { userId: c.clerkId, pin: '1357', idempotencyKey: key() }, 'en');
    // 02:00 UTC plus 30 seconds, read in Vietnam's time zone.
    expect(!locked.ok && locked.error.message).toBe(
      'The account is locked after 5 wrong PINs in a row. Try again in 30 seconds (at 09:00 27/11/2026), or ask a manager to unlock it.',
    );
  });
});

describe('roles and sessions', () => {
  it('refuses manager commands to a clerk in the handler layer, changing nothing', async () => {
    c = await counterWithStaff();
    ok(await signIn(c, 'tab-clerk', c.clerkId, '1357'));
    const before = c.app.services.ledger.count();
    const add = await c.screen('tab-clerk', 'users.add', { name: 'Kẻ Lạ', role: 'manager', pin: '1111', idempotencyKey: key() });
    expect(add).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này (cần vai trò: quản lý, bảng lệnh kỹ thuật).' }),
    });
    for (const name of ['users.list', 'ledger.verify', 'ledger.entries'] as const) {
      const r = await c.screen('tab-clerk', name, {});
      expect(!r.ok && r.error.code).toBe('FORBIDDEN');
    }
    expect(c.app.services.ledger.count()).toBe(before);
  });

  it('refuses console-only commands to a signed-in manager', async () => {
    c = await counterWithStaff();
    const r = await c.screen('mgr', 'db.backup', { out: '/tmp/x.sqlite' });
    expect(!r.ok && r.error.code).toBe('FORBIDDEN');
  });

  it('needs a signed-in session for everything but set-up and sign-in', async () => {
    c = await counterWithStaff();
    const r = await c.screen('stranger', 'users.list', {});
    expect(!r.ok && r.error.code).toBe('NOT_SIGNED_IN');
    expect(ok(await c.screen('stranger', 'auth.signInOptions', {})).users.map((u) => u.name)).toEqual(['Cầm Thị Mai', 'Lò Văn Hùng']);
  });

  it('locks an idle session after the configured time and unlocks with the PIN', async () => {
    c = await counterWithStaff();
    ok(await c.screen('mgr', 'settings.update', { idleLockMinutes: 2, idempotencyKey: key() }));
    c.clock.advance(1.5);
    ok(await c.screen('mgr', 'users.list', {}));
    c.clock.advance(2.5);
    const r = await c.screen('mgr', 'users.list', {});
    expect(!r.ok && r.error.code).toBe('SESSION_LOCKED');
    expect(ok(await c.screen('mgr', 'app.status', {})).session).toMatchObject({ id: c.managerId, locked: true });
    ok(await signIn(c, 'mgr', c.managerId, '2468'));
    ok(await c.screen('mgr', 'users.list', {}));
  });

  it('keeps a session that reports activity unlocked, and lets a locked session be signed out', async () => {
    c = await counterWithStaff();
    for (let i = 0; i < 6; i++) {
      c.clock.advance(1);
      ok(await c.screen('mgr', 'auth.heartbeat', {}));
    }
    ok(await c.screen('mgr', 'users.list', {}));
    c.clock.advance(6);
    expect((await c.screen('mgr', 'auth.heartbeat', {})).ok).toBe(false);
    ok(await c.screen('mgr', 'auth.signOut', { idempotencyKey: key() }));
    expect(c.app.services.ledger.entries({ limit: 1 })[0]).toMatchObject({ kind: 'auth.signed_out', actorUserId: c.managerId });
    expect(ok(await c.screen('mgr', 'app.status', {})).session).toBeNull();
  });

  it('defaults the idle lock to 5 minutes', async () => {
    c = await counterWithStaff();
    expect(ok(await c.screen('mgr', 'app.status', {})).counter?.idleLockMinutes).toBe(5);
    c.clock.advance(5.1);
    expect((await c.screen('mgr', 'users.list', {})).ok).toBe(false);
  });

  it('ends the session of a user who is deactivated, at their next call', async () => {
    c = await counterWithStaff();
    ok(await signIn(c, 'tab-clerk', c.clerkId, '1357'));
    ok(await c.screen('mgr', 'users.update', { userId: c.clerkId, active: false, idempotencyKey: key() }));
    const r = await c.screen('tab-clerk', 'auth.signOut', { idempotencyKey: key() });
    expect(!r.ok && r.error.code).toBe('NOT_SIGNED_IN');
    const again = await signIn(c, 'tab-clerk', c.clerkId, '1357');
    expect(!again.ok && again.error.code).toBe('USER_INACTIVE');
  });

  it('keeps at least one active manager', async () => {
    c = await counterWithStaff();
    const r = await c.screen('mgr', 'users.update', { userId: c.managerId, role: 'clerk', idempotencyKey: key() });
    expect(!r.ok && r.error.code).toBe('LAST_MANAGER');
  });
});
