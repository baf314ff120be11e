// What the province publishes to counters, read by each counter after its cursor. Ids come from
// one hub-wide sequence, and publishing takes a table lock so ids commit in order: a counter that
// read up to id n can never later meet a directive below n that committed late.
import { directivePayloads } from '../shared/sync/directives';
import { directive as directiveSchema, maxPullBatch, type Directive, type DirectiveKind } from '../shared/sync/protocol';
import type { HubDatabase, HubQueryable } from './db/hub-database';

/** A payload that fails its kind's schema: the problems, by field, as the operator should read them. */
export class DirectivePayloadError extends Error {
  constructor(readonly kind: DirectiveKind, readonly problems: string[]) {
    super(`${kind}: ${problems.join('; ')}`);
  }
}

export type DirectiveTarget = { all: true } | { officeCode: string } | { counterId: string };

export interface NewDirective {
  kind: DirectiveKind;
  payload: Record<string, unknown>;
  target: DirectiveTarget;
  publishedBy: string;
  now?: Date;
}

export async function publishDirective(db: HubDatabase, d: NewDirective): Promise<{ id: number }> {
  return db.transaction((tx) => insertDirective(tx, d));
}

/**
 * A directive stored in the caller's transaction, so that what causes it (the connector's record of
 * a department's status, of a catalogue's hash) commits with it or not at all.
 */
export async function insertDirective(tx: HubQueryable, d: NewDirective): Promise<{ id: number }> {
  // The counter's own schema for the kind (shared/sync/directives.ts), checked before storing: a
  // payload the counters would refuse never reaches them, and the rule lives in one place.
  const checked = directivePayloads[d.kind].safeParse(d.payload);
  if (!checked.success) throw new DirectivePayloadError(d.kind, checked.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`));
  await tx.query('LOCK TABLE hub_directives IN EXCLUSIVE MODE');
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO hub_directives (kind, payload, target_all, target_office, target_counter, published_at, published_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      d.kind,
      JSON.stringify(d.payload),
      'all' in d.target,
      'officeCode' in d.target ? d.target.officeCode : null,
      'counterId' in d.target ? d.target.counterId : null,
      d.now ?? new Date(),
      d.publishedBy,
    ],
  );
  return { id: row!.id };
}

/** The directives for this counter after `after`, and the cursor to send next (past others' directives too). */
export async function pullDirectives(
  db: HubQueryable,
  counter: { counterId: string; officeCode: string },
  after: number,
  limit: number,
): Promise<{ directives: Directive[]; cursor: number; more: boolean }> {
  const take = Math.min(limit, maxPullBatch);
  // The newest id read first: directives published meanwhile are left for the next pull.
  const [top] = await db.query<{ id: number | null }>('SELECT max(id) AS id FROM hub_directives');
  const newest = top?.id ?? 0;
  const rows = await db.query<{ id: number; kind: string; payload: string; published_at: Date; published_by: string }>(
    `SELECT id, kind, payload, published_at, published_by FROM hub_directives
      WHERE id > $1 AND id <= $2 AND (target_all OR target_office = $3 OR target_counter = $4)
      ORDER BY id LIMIT $5`,
    [after, newest, counter.officeCode, counter.counterId, take + 1],
  );
  const more = rows.length > take;
  const page = rows.slice(0, take);
  const directives = page.map((r) =>
    directiveSchema.parse({ id: r.id, kind: r.kind, payload: JSON.parse(r.payload), publishedAt: r.published_at.toISOString(), publishedBy: r.published_by }),
  );
  const cursor = more ? page[page.length - 1]!.id : Math.max(after, newest);
  return { directives, cursor, more };
}
