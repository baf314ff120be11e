// Unfinished forms kept on the counter, one per signed-in user and form, so a reload, a crash or
// another browser window brings the form back. Deliberately not ledger entries: a draft is not
// a business fact — it is overwritten on every keystroke batch and deleted at commit or cancel.
import type { Clock } from './clock';
import type { Db } from './db/open-database';

export class Drafts {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  save(userId: string, name: string, body: string): void {
    this.db
      .prepare(
        `INSERT INTO drafts (user_id, name, body, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (user_id, name) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
      )
      .run(userId, name, body, this.clock.now().toISOString());
  }

  get(userId: string, name: string): { body: string | null; updatedAt: string | null } {
    const row = this.db.prepare('SELECT body, updated_at FROM drafts WHERE user_id = ? AND name = ?').get(userId, name) as
      | { body: string; updated_at: string }
      | undefined;
    return { body: row?.body ?? null, updatedAt: row?.updated_at ?? null };
  }

  clear(userId: string, name: string): void {
    this.db.prepare('DELETE FROM drafts WHERE user_id = ? AND name = ?').run(userId, name);
  }
}
