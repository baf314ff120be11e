// The operators' side (read: counters, alerts, dossiers; admin: enrol, revoke, publish) takes a bearer token kept in the hub's
// settings: made once, printed by `serve`, the same across restarts.
import { randomBytes } from 'node:crypto';
import type { HubQueryable } from './db/hub-database';

export async function operatorToken(db: HubQueryable): Promise<string> {
  await db.query("INSERT INTO hub_settings (key, value) VALUES ('operator_token', $1) ON CONFLICT DO NOTHING", [randomBytes(24).toString('base64url')]);
  const [row] = await db.query<{ value: string }>("SELECT value FROM hub_settings WHERE key = 'operator_token'");
  return row!.value;
}
