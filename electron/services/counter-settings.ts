import type { CommandArgs, CommandOutput } from '../../shared/contract/commands';
import { provinceByCode } from '../../shared/identity/provinces';
import { CounterError } from './counter-error';
import type { Db } from './db/open-database';
import type { Actor, Ledger } from './ledger/ledger';
import { newUserId, type Users } from './auth/users';

type CounterInfo = NonNullable<CommandOutput<'app.status'>['counter']>;

/** The counter's identity (post office, counter number, province) and its settings. */
export class CounterSettings {
  constructor(
    private readonly db: Db,
    private readonly ledger: Ledger,
    private readonly users: Users,
  ) {}

  get(): CounterInfo | null {
    const row = this.db.prepare('SELECT * FROM counter WHERE id = 1').get() as
      | { office_code: string; office_name: string; counter_number: number; province: string; province_code: string | null; idle_lock_minutes: number }
      | undefined;
    if (!row) return null;
    const province = row.province_code === null ? undefined : provinceByCode(row.province_code);
    return {
      officeCode: row.office_code,
      officeName: row.office_name,
      counterNumber: row.counter_number,
      province: province?.code ?? null,
      provinceName: province?.name ?? row.province,
      deviceId: this.ledger.deviceId,
      idleLockMinutes: row.idle_lock_minutes,
    };
  }

  require(): CounterInfo {
    const info = this.get();
    if (!info) throw new CounterError('NOT_INITIALIZED');
    return info;
  }

  /**
   * First-run set-up: the counter's identity and its first manager. Must run inside a ledger
   * transaction. From the set-up screen the entries are the new manager's own act (they chose
   * the PIN); from the console they are the technician's.
   */
  initialize(args: CommandArgs<'setup.initialize'>, via: 'screen' | 'console'): CommandOutput<'setup.initialize'> & { actor: Actor } {
    if (this.get()) throw new CounterError('ALREADY_INITIALIZED');
    const managerId = newUserId();
    const actor: Actor = via === 'console' ? { kind: 'console' } : { kind: 'user', userId: managerId };
    const province = provinceByCode(args.province)!; // the contract gave one of the codes
    const entry = this.ledger.post({
      kind: 'counter.set_up',
      payload: {
        officeCode: args.officeCode,
        officeName: args.officeName,
        counterNumber: args.counterNumber,
        province: province.code,
        provinceName: province.name,
      },
      actor,
      idempotencyKey: args.idempotencyKey,
    });
    this.db
      .prepare(
        `INSERT INTO counter (id, office_code, office_name, counter_number, province, province_code, setup_seq)
         VALUES (1, ?, ?, ?, ?, ?, ?)`,
      )
      .run(args.officeCode, args.officeName, args.counterNumber, province.name, province.code, entry.seq);
    const manager = this.users.add(
      { name: args.managerName, role: 'manager', pin: args.managerPin },
      actor,
      `${args.idempotencyKey}#manager`,
      managerId,
    );
    return { manager, deviceId: this.ledger.deviceId, actor };
  }

  /** The province chosen again (by code); the receipts of dossiers already taken keep the name they printed. */
  updateProvince(code: string, actor: Actor, idempotencyKey: string): { province: string; provinceName: string } {
    const before = this.require();
    const province = provinceByCode(code)!; // the contract gave one of the codes
    this.ledger.post({
      kind: 'counter.settings_changed',
      payload: {
        province: { before: { code: before.province, name: before.provinceName }, after: { code: province.code, name: province.name } },
      },
      actor,
      idempotencyKey,
    });
    this.db.prepare('UPDATE counter SET province = ?, province_code = ? WHERE id = 1').run(province.name, province.code);
    return { province: province.code, provinceName: province.name };
  }

  updateIdleLock(minutes: number, actor: Actor, idempotencyKey: string): number {
    const before = this.require().idleLockMinutes;
    this.ledger.post({
      kind: 'counter.settings_changed',
      payload: { idleLockMinutes: { before, after: minutes } },
      actor,
      idempotencyKey,
    });
    this.db.prepare('UPDATE counter SET idle_lock_minutes = ? WHERE id = 1').run(minutes);
    return minutes;
  }
}
