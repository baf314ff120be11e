// The current settings of each counter device (scale, printer, S10 label range): a read model
// whose every change is a ledger entry naming the new settings and the ones they replace.
import type { Db } from './db/open-database';
import type { Actor, Ledger } from './ledger/ledger';

export type Device = 'scale' | 'printer' | 's10-range' | 'day-tolerance';

export function readDeviceSettings<T>(db: Db, device: Device): T | null {
  const row = db.prepare('SELECT settings FROM device_settings WHERE device = ?').get(device) as { settings: string } | undefined;
  return row ? (JSON.parse(row.settings) as T) : null;
}

/** Records the change as a `kind` entry and stores the settings. Inside a ledger transaction. */
export function saveDeviceSettings<T>(db: Db, ledger: Ledger, change: { device: Device; kind: string; settings: T; actor: Actor; idempotencyKey: string }): T {
  const previous = readDeviceSettings<T>(db, change.device);
  const entry = ledger.post({ kind: change.kind, payload: { settings: change.settings, previous }, actor: change.actor, idempotencyKey: change.idempotencyKey });
  db.prepare(
    `INSERT INTO device_settings (device, settings, entry_seq) VALUES (?, ?, ?)
     ON CONFLICT (device) DO UPDATE SET settings = excluded.settings, entry_seq = excluded.entry_seq`,
  ).run(change.device, JSON.stringify(change.settings), entry.seq);
  return change.settings;
}
