import type { SessionUser } from '../../../shared/contract/commands';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import type { Ledger } from '../ledger/ledger';
import type { Credential, PinHasher } from './pin-hash';
import { sessionUser, type UserRecord, type Users } from './users';

/**
 * The lock-out rule: the first wrong PINs only count down; from the fifth wrong PIN in a row
 * each one locks the account for a growing wait, capped so that nobody typing at the sign-in
 * screen can keep a user (even the only manager) out for good. The count ends at the user's
 * next right PIN or when a manager unlocks them.
 */
export const lockout = { freeWrongPins: 4, waitsSeconds: [30, 60, 300, 900] } as const;

export function lockSeconds(consecutiveWrong: number): number {
  const step = Math.min(consecutiveWrong - lockout.freeWrongPins - 1, lockout.waitsSeconds.length - 1);
  return lockout.waitsSeconds[step]!;
}

export class SignIn {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly users: Users,
    private readonly clock: Clock,
    private readonly pins: PinHasher,
  ) {}

  /**
   * Checks a sign-in PIN in its own transaction. Not run through `Ledger.once`: its answer
   * would have to be stored against the request, and nothing derived from a PIN may be kept
   * outside `credentials`. A repeated key is refused before any PIN is checked, so a replay is
   * neither a free guess nor a sign-in without the PIN.
   */
  attempt(userId: string, pin: string, idempotencyKey: string): SessionUser {
    return this.check(userId, pin, idempotencyKey, 'auth.signed_in', { kind: 'user', userId });
  }

  /**
   * A manager's PIN confirming an action: adding a manager at the console (recorded as the
   * manager acting through the console), or voiding a dossier at a clerk's screen (`at`: that
   * clerk's session, whose entry then names the clerk). The same check and the same lock-out as
   * signing in.
   */
  confirmManager(userId: string, pin: string, idempotencyKey: string, at?: { kind: 'user'; userId: string }): SessionUser {
    // Asked before the PIN, so no other user's PIN is checked (or counted) for nothing.
    if (this.users.require(userId).role !== 'manager') throw new CounterError('FORBIDDEN', { roles: 'manager' });
    return this.check(userId, pin, idempotencyKey, 'auth.pin_confirmed', at ?? { kind: 'console', userId });
  }

  private check(
    userId: string,
    pin: string,
    idempotencyKey: string,
    successKind: string,
    actor: { kind: 'user' | 'console'; userId: string },
  ): SessionUser {
    const outcome = this.ledger.transaction((): SessionUser | CounterError => {
      const seen = this.db.prepare('SELECT seq FROM entries WHERE idempotency_key = ?').get(idempotencyKey) as { seq: number } | undefined;
      if (seen) throw new CounterError('ALREADY_RECORDED', { seq: seen.seq });
      const user = this.users.require(userId);
      if (user.active !== 1) throw new CounterError('USER_INACTIVE');
      const now = this.clock.now();
      const lockedUntil = user.locked_until ? new Date(user.locked_until) : null;
      if (lockedUntil && lockedUntil > now) throw this.lockedError(user.failed_pins, lockedUntil, false);

      const cred = this.db.prepare('SELECT salt, hash, scheme FROM credentials WHERE user_id = ?').get(userId) as Credential | undefined;
      if (cred && this.pins.matches(pin, cred)) return this.accept(user, pin, cred, idempotencyKey, successKind, actor);
      return this.reject(user, now, idempotencyKey);
    });
    if (outcome instanceof CounterError) throw outcome;
    return outcome;
  }

  private accept(user: UserRecord, pin: string, cred: Credential, key: string, kind: string, actor: SignInActor): SessionUser {
    // A hash from before the pepper is re-made with it now, while the PIN is at hand.
    const rehash = cred.scheme !== 'hmac-scrypt';
    this.ledger.post({ kind, payload: rehash ? { userId: user.id, pinRehashed: true } : { userId: user.id }, actor, idempotencyKey: key });
    if (rehash) {
      const fresh = this.pins.hash(pin);
      this.db.prepare('UPDATE credentials SET salt = ?, hash = ?, scheme = ? WHERE user_id = ?').run(fresh.salt, fresh.hash, fresh.scheme, user.id);
    }
    this.db.prepare('UPDATE users SET failed_pins = 0, locked_until = NULL WHERE id = ?').run(user.id);
    return sessionUser(user);
  }

  /** Wrong PINs are ledger facts posted by the system (nobody proved who typed them), kept although the call fails. */
  private reject(user: UserRecord, now: Date, key: string): CounterError {
    const wrong = user.failed_pins + 1;
    this.ledger.post({ kind: 'auth.pin_rejected', payload: { userId: user.id, consecutive: wrong }, actor: { kind: 'system' }, idempotencyKey: key });
    if (wrong <= lockout.freeWrongPins) {
      this.db.prepare('UPDATE users SET failed_pins = ?, locked_until = NULL WHERE id = ?').run(wrong, user.id);
      return new CounterError('WRONG_PIN', { remaining: lockout.freeWrongPins + 1 - wrong }, true);
    }
    const until = new Date(now.getTime() + lockSeconds(wrong) * 1000);
    this.ledger.post({
      kind: 'auth.account_locked',
      payload: { userId: user.id, consecutive: wrong, until: until.toISOString() },
      actor: { kind: 'system' },
      idempotencyKey: `${key}#locked`,
    });
    this.db.prepare('UPDATE users SET failed_pins = ?, locked_until = ? WHERE id = ?').run(wrong, until.toISOString(), user.id);
    return this.lockedError(wrong, until, true);
  }

  private lockedError(wrong: number, until: Date, recorded: boolean): CounterError {
    const seconds = Math.max(1, Math.ceil((until.getTime() - this.clock.now().getTime()) / 1000));
    return new CounterError('ACCOUNT_LOCKED', { wrong, seconds, until: until.toISOString() }, recorded);
  }
}

type SignInActor = { kind: 'user' | 'console'; userId: string };
