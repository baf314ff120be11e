import { randomBytes } from 'node:crypto';
import type { Role } from '../../../shared/contract/fields';
import type { SessionUser, UserRow } from '../../../shared/contract/commands';
import type { Clock } from '../clock';
import { CounterError } from '../counter-error';
import type { Db } from '../db/open-database';
import type { Actor, Ledger } from '../ledger/ledger';
import type { PinHasher } from './pin-hash';

export interface UserRecord {
  id: string;
  name: string;
  role: Role;
  active: number;
  created_at: string;
  last_change_seq: number;
  failed_pins: number;
  locked_until: string | null;
}

/** One spelling-insensitive key per name, so "Lò Thị Mai" and "lò thị mai" are the same person. */
export const nameKey = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi');

export const sessionUser = (u: UserRecord): SessionUser => ({ id: u.id, name: u.name, role: u.role });

/** The counter's staff: the `users` read model and the credentials beside it. */
export class Users {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly clock: Clock,
    private readonly pins: PinHasher,
  ) {}

  get(id: string): UserRecord | undefined {
    return this.db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRecord | undefined;
  }

  require(id: string): UserRecord {
    const user = this.get(id);
    if (!user) throw new CounterError('USER_NOT_FOUND');
    return user;
  }

  list(): UserRow[] {
    const rows = this.db.prepare('SELECT * FROM users ORDER BY active DESC, name').all() as UserRecord[];
    const now = this.clock.now().toISOString();
    return rows.map((u) => ({
      ...sessionUser(u),
      active: u.active === 1,
      lockedUntil: u.locked_until && u.locked_until > now ? u.locked_until : null,
      createdAt: u.created_at,
    }));
  }

  /** Who can sign in here: names only, for the sign-in picker. */
  signInOptions(): SessionUser[] {
    return (this.db.prepare('SELECT * FROM users WHERE active = 1 ORDER BY name').all() as UserRecord[]).map(sessionUser);
  }

  /** Must run inside a ledger transaction. `id` lets set-up name the first manager before posting. */
  add(
    input: { name: string; role: Role; pin: string },
    actor: Actor,
    idempotencyKey: string,
    id = newUserId(),
  ): SessionUser {
    this.refuseDuplicateName(input.name);
    const { salt, hash, scheme } = this.pins.hash(input.pin);
    const entry = this.ledger.post({
      kind: 'user.added',
      payload: { userId: id, name: input.name, role: input.role },
      actor,
      idempotencyKey,
    });
    this.db
      .prepare(
        `INSERT INTO users (id, name, name_key, role, active, created_at, last_change_seq)
         VALUES (?, ?, ?, ?, 1, ?, ?)`,
      )
      .run(id, input.name, nameKey(input.name), input.role, entry.at, entry.seq);
    this.db
      .prepare('INSERT INTO credentials (user_id, salt, hash, scheme, set_at) VALUES (?, ?, ?, ?, ?)')
      .run(id, salt, hash, scheme, entry.at);
    return { id, name: input.name, role: input.role };
  }

  /** A manager lifts a lock-out (and the count of wrong PINs behind it), saying why. Must run inside a ledger transaction. */
  unlock(userId: string, reason: string, actor: Actor, idempotencyKey: string): UserRow {
    const before = this.require(userId);
    this.ledger.post({
      kind: 'user.unlocked',
      payload: { userId, reason, failedPins: before.failed_pins, lockedUntil: before.locked_until },
      actor,
      idempotencyKey,
    });
    this.db.prepare('UPDATE users SET failed_pins = 0, locked_until = NULL WHERE id = ?').run(userId);
    return this.list().find((u) => u.id === userId)!;
  }

  /** A correction of a user's name, role or status: a new entry naming the one it supersedes. */
  update(
    input: { userId: string; name?: string | undefined; role?: Role | undefined; active?: boolean | undefined },
    actor: Actor,
    idempotencyKey: string,
  ): { user: UserRow; correctsSeq: number } {
    const before = this.require(input.userId);
    const after = {
      name: input.name ?? before.name,
      role: input.role ?? before.role,
      active: input.active ?? before.active === 1,
    };
    if (after.name !== before.name) this.refuseDuplicateName(after.name, before.id);
    const losesManager = before.role === 'manager' && before.active === 1 && (after.role !== 'manager' || !after.active);
    if (losesManager && this.activeManagers() <= 1) throw new CounterError('LAST_MANAGER');
    const entry = this.ledger.post({
      kind: 'user.updated',
      payload: {
        userId: before.id,
        before: { name: before.name, role: before.role, active: before.active === 1 },
        after,
      },
      actor,
      idempotencyKey,
      correctsSeq: before.last_change_seq,
    });
    this.db
      .prepare('UPDATE users SET name = ?, name_key = ?, role = ?, active = ?, last_change_seq = ? WHERE id = ?')
      .run(after.name, nameKey(after.name), after.role, after.active ? 1 : 0, entry.seq, before.id);
    const user = this.list().find((u) => u.id === before.id)!;
    return { user, correctsSeq: before.last_change_seq };
  }

  private activeManagers(): number {
    return (this.db.prepare("SELECT count(*) AS n FROM users WHERE role = 'manager' AND active = 1").get() as { n: number }).n;
  }

  private refuseDuplicateName(name: string, exceptId = ''): void {
    const clash = this.db.prepare('SELECT id FROM users WHERE name_key = ? AND id <> ?').get(nameKey(name), exceptId);
    if (clash) throw new CounterError('DUPLICATE_USER_NAME', { name });
  }
}

export function newUserId(): string {
  return `u_${randomBytes(8).toString('hex')}`;
}
