// The `sync.*` commands (shared/contract/sync.ts), spread into the handler table.
import type { CentreDirectiveView } from '../../../shared/contract/sync';
import type { HandlerTable, Services } from '../handlers';

type SyncCommand = 'sync.status' | 'sync.now' | 'sync.enrol' | 'sync.directives' | 'sync.decideProposal';

export function syncHandlers(s: Services): Pick<HandlerTable, SyncCommand> {
  const directives = s.db.prepare(
    `SELECT d.directive_id, d.kind, d.outcome, d.published_by, d.entry_seq, e.at, e.payload
     FROM centre_directives d JOIN entries e ON e.seq = d.entry_seq ORDER BY d.directive_id DESC LIMIT ?`,
  );
  return {
    'sync.status': () => s.sync.status(),
    'sync.now': async (args) => {
      if (!args.wait) {
        s.sync.now();
        return s.sync.status();
      }
      await s.sync.run();
      return s.sync.status();
    },
    'sync.enrol': async (args, caller) => {
      const record = await s.sync.enrol(args.hubUrl, args.code);
      return caller.once(() => record(caller.actor, args.idempotencyKey));
    },
    'sync.decideProposal': (args, caller) =>
      caller.once(() => s.sync.proposals.record(args.directiveId, args.decision, args.reason, caller.actor, args.idempotencyKey)),
    'sync.directives': (args) => ({
      directives: (directives.all(args.limit) as Row[]).map((r) => ({
        directiveId: r.directive_id,
        kind: r.kind,
        outcome: r.outcome,
        publishedBy: r.published_by,
        entrySeq: r.entry_seq,
        at: r.at,
        ...refusalOf(r),
      })),
    }),
  };
}

/** What a refused directive's entry says of the refusal: the checks' words, and the counter's code when its rules refused it. */
function refusalOf(r: Row): Pick<CentreDirectiveView, 'problems' | 'refusal'> {
  if (r.outcome !== 'refused') return { problems: [], refusal: null };
  const p = JSON.parse(r.payload) as { problems?: string[]; code?: string; params?: Record<string, string | number> };
  return { problems: p.problems ?? [], refusal: p.code ? { code: p.code, params: p.params ?? {} } : null };
}

interface Row {
  directive_id: number;
  kind: CentreDirectiveView['kind'];
  outcome: CentreDirectiveView['outcome'];
  published_by: string;
  entry_seq: number;
  at: string;
  payload: string;
}
