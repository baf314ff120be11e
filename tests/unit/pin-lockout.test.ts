// Issue 10 §3: wrong PINs lock for a growing but capped wait, and a manager can lift the lock.
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../shared/contract/commands';
import { pinFields } from '../../electron/services/dispatch';
import { counterWithStaff, defaultSetup, key, ok, openTestCounter, type TestCounter } from '../support/counter-fixture';

let c: TestCounter | undefined;
afterEach(() => c?.close());

const signIn = (t: TestCounter, userId: string, pin: string, lang: 'vi' | 'en' = 'vi') =>
  t.screen('tab', 'auth.signIn', { userId, pin, idempotencyKey: key('signin') }, lang);

describe('lock-out after wrong PINs', () => {
  it('waits 30 s, then 1, 5 and 15 minutes, never longer, and says how long in either language', async () => {
    const t = (c = await counterWithStaff());
    for (let i = 0; i < 4; i++) expect(!(await signIn(t, t.clerkId, '0000')).ok).toBe(true);
    const waits: string[] = [];
    for (const [minutes, lang] of [[0.5, 'vi'], [1, 'en'], [5, 'vi'], [15, 'en'], [15, 'vi']] as const) {
      const r = await signIn(t, t.clerkId, '0000', lang);
      expect(!r.ok && r.error.code).toBe('ACCOUNT_LOCKED');
      waits.push(!r.ok ? r.error.message.replace(/ \(.*$/, '') : '');
      // Still locked 3 s before the wait ends, even for the right PIN; no attempt is counted then.
      const lockedAt = t.clock.ms;
      t.clock.ms = lockedAt + minutes * 60_000 - 3_000;
      const early = await signIn(t, t.clerkId, '1357');
      expect(!early.ok && early.error.code).toBe('ACCOUNT_LOCKED');
      t.clock.ms = lockedAt + minutes * 60_000;
    }
    expect(waits).toEqual([
      'Tài khoản tạm khóa do nhập sai mã PIN 5 lần liên tiếp. Thử lại sau 30 giây',
      'The account is locked after 6 wrong PINs in a row. Try again in 1 minute',
      'Tài khoản tạm khóa do nhập sai mã PIN 7 lần liên tiếp. Thử lại sau 5 phút',
      'The account is locked after 8 wrong PINs in a row. Try again in 15 minutes',
      'Tài khoản tạm khóa do nhập sai mã PIN 9 lần liên tiếp. Thử lại sau 15 phút',
    ]);
    // After the wait the right PIN works, and the count starts again from zero.
    ok(await signIn(t, t.clerkId, '1357'));
    const next = await signIn(t, t.clerkId, '0000');
    expect(!next.ok && next.error.code).toBe('WRONG_PIN');
  });

  it('lets a manager unlock a clerk, with a reason in the ledger, and the admin list shows the lock until then', async () => {
    const t = (c = await counterWithStaff());
    for (let i = 0; i < 5; i++) await signIn(t, t.clerkId, '0000');
    const listed = ok(await t.screen('mgr', 'users.list', {})).users.find((u) => u.id === t.clerkId)!;
    expect(listed.lockedUntil).toBe('2026-11-27T02:00:30.000Z');

    const { user: other } = ok(await t.screen('mgr', 'users.add', { name: 'Hà Văn Tú', role: 'clerk', pin: '8642', idempotencyKey: key() }));
    ok(await t.screen('other', 'auth.signIn', { userId: other.id, pin: '8642', idempotencyKey: key() }));
    const byClerk = await t.screen('other', 'users.unlock', { userId: t.clerkId, reason: 'giúp bạn', idempotencyKey: key() });
    expect(!byClerk.ok && byClerk.error.code).toBe('FORBIDDEN');

    const k = key('unlock');
    const { user } = ok(await t.screen('mgr', 'users.unlock', { userId: t.clerkId, reason: 'Chị Mai quên mã, đã xác minh trực tiếp', idempotencyKey: k }));
    expect(user.lockedUntil).toBeNull();
    // A repeat of the same action records nothing more.
    ok(await t.screen('mgr', 'users.unlock', { userId: t.clerkId, reason: 'Chị Mai quên mã, đã xác minh trực tiếp', idempotencyKey: k }));
    expect(t.entryKinds().filter((kind) => kind === 'user.unlocked')).toHaveLength(1);
    expect(t.app.services.ledger.entries({ limit: 1 })[0]).toMatchObject({
      kind: 'user.unlocked',
      actorKind: 'user',
      actorUserId: t.managerId,
      payload: { userId: t.clerkId, reason: 'Chị Mai quên mã, đã xác minh trực tiếp', failedPins: 5 },
    });
    ok(await signIn(t, t.clerkId, '1357'));
  });
});

describe('PIN-bearing requests', () => {
  it('names every input field that carries a PIN, so none reaches the stored answers', () => {
    for (const [name, spec] of Object.entries(commands)) {
      const shape = (spec.input as unknown as { shape?: Record<string, unknown> }).shape ?? {};
      for (const field of Object.keys(shape)) if (/pin/i.test(field)) expect(pinFields, `${name}.${field}`).toContain(field);
    }
  });

  it('does not sign a screen in when a set-up is replayed with its key and another PIN', async () => {
    const t = (c = openTestCounter());
    const setupKey = key('setup');
    ok(await t.screen('first', 'setup.initialize', { ...defaultSetup, idempotencyKey: setupKey }));
    const replay = ok(await t.screen('intruder', 'setup.initialize', { ...defaultSetup, managerPin: '907153', idempotencyKey: setupKey }));
    expect(replay.manager.name).toBe(defaultSetup.managerName);
    expect(ok(await t.screen('intruder', 'app.status', {})).session).toBeNull();
    expect(ok(await t.screen('first', 'app.status', {})).session?.name).toBe(defaultSetup.managerName);
  });
});
