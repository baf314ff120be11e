import type { SessionUser } from '../../../shared/contract/commands';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import type { Ledger } from '../ledger/ledger';
import { pinMatches } from './pin-hash';
import { sessionUser, type Users } from './users';

/** The lock-out rule: this many wrong PINs in a row lock the account for this long. */
export const lockout = { maxWrongPins: 5, minutes: 5 } as const;

export class SignIn {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly users: Users,
    private readonly clock: Clock,
  ) {}

  /**
   * Checks a PIN. Must run inside `Ledger.once`: wrong PINs are ledger facts (posted by the
   * system, since nobody has proved who typed them) and are kept although the call fails.
   */
  attempt(userId: string, pin: string, idempotencyKey: string): SessionUser {
    const user = this.users.require(userId);
    if (user.active !== 1) throw new CounterError('USER_INACTIVE');
    const now = this.clock.now();
    const lockedUntil = user.locked_until ? new Date(user.locked_until) : null;
    if (lockedUntil && lockedUntil > now) throw this.lockedError(lockedUntil, now, false);

    const cred = this.db.prepare('SELECT salt, hash FROM credentials WHERE user_id = ?').get(userId) as
      | { salt: Buffer; hash: Buffer }
      | undefined;
    if (cred && pinMatches(pin, cred.salt, cred.hash)) {
      this.ledger.post({ kind: 'auth.signed_in', payload: { userId }, actor: { kind: 'user', userId }, idempotencyKey });
      this.db.prepare('UPDATE users SET failed_pins = 0, locked_until = NULL WHERE id = ?').run(userId);
      return sessionUser(user);
    }

    // An expired lock starts a fresh count.
    const wrong = (lockedUntil ? 0 : user.failed_pins) + 1;
    this.ledger.post({
      kind: 'auth.pin_rejected',
      payload: { userId, consecutive: wrong },
      actor: { kind: 'system' },
      idempotencyKey,
    });
    if (wrong < lockout.maxWrongPins) {
      this.db.prepare('UPDATE users SET failed_pins = ?, locked_until = NULL WHERE id = ?').run(wrong, userId);
      throw new CounterError('WRONG_PIN', { remaining: lockout.maxWrongPins - wrong }, true);
    }
    const until = new Date(now.getTime() + lockout.minutes * 60_000);
    this.ledger.post({
      kind: 'auth.account_locked',
      payload: { userId, until: until.toISOString() },
      actor: { kind: 'system' },
      idempotencyKey: `${idempotencyKey}#locked`,
    });
    this.db.prepare('UPDATE users SET failed_pins = ?, locked_until = ? WHERE id = ?').run(wrong, until.toISOString(), userId);
    throw this.lockedError(until, now, true);
  }

  private lockedError(until: Date, now: Date, recorded: boolean): CounterError {
    const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
    return new CounterError('ACCOUNT_LOCKED', { minutes, until: until.toISOString() }, recorded);
  }
}
