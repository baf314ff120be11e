// Takes in one dossier through the dispatcher the way a clerk does (weigh by hand, fill the form
// for "Đổi giấy phép lái xe" with every paper, save): intake records it and queues its receipt
// job. For tests that need real print jobs on a counter opened by hand (printing, growth).
import type { CounterApp } from '../../electron/services/counter-app';
import type { CommandInput, CommandName, CommandOutput } from '../../shared/contract/commands';
import type { CommandResult } from '../../shared/contract/result';
import { key, ok } from './counter-fixture';
import { formFor, licenceCode } from './intake-fixture';

/** A screen session ('mgr' after set-up) that may take in dossiers. */
export function screenCall(app: CounterApp, session: string) {
  return async <N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandOutput<N>> =>
    ok((await app.dispatch(name, input, { lang: 'vi', via: 'screen', sessionId: session })) as CommandResult<CommandOutput<N>>);
}

/** Gives the counter an S10 range (a manager's session). */
export async function configureS10(app: CounterApp, session = 'mgr'): Promise<void> {
  await screenCall(app, session)('intake.configure', { s10: { service: 'RR', first: 12_345_000, last: 12_999_999 }, idempotencyKey: key('s10') });
}

/** The form for the licence procedure with every paper of its first case; weighed by hand. */
export async function licenceForm(app: CounterApp, session = 'mgr'): Promise<CommandInput<'intake.commit'>> {
  const call = screenCall(app, session);
  const { procedure, snapshotHash } = await call('catalogue.show', { code: licenceCode });
  const { seq: weightSeq } = await call('scale.manualWeight', { grams: 180, reason: 'Cân thử nghiệm', idempotencyKey: key('w') });
  return { ...formFor(procedure, snapshotHash, weightSeq), idempotencyKey: key('commit') };
}

/** Takes in one dossier; answers its slip number and the receipt job intake queued. */
export async function receiveDossier(app: CounterApp, session = 'mgr'): Promise<{ slip: string; jobId: string }> {
  const done = await screenCall(app, session)('intake.commit', await licenceForm(app, session));
  return { slip: done.dossier.slipNumber, jobId: done.printJobId! };
}
