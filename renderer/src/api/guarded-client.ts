// The client the screens use: the typed contract client, plus one rule for every call —
// a refusal because the session is locked or gone is reported to the app shell, which
// shows the lock or sign-in screen, instead of each screen handling it on its own.
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract/commands';
import type { EventName, EventPayload } from '../../../shared/contract/events';
import type { Lang } from '../../../shared/contract/messages';
import { errorText } from '../../../shared/contract/messages';
import type { CommandError, CommandResult } from '../../../shared/contract/result';
import type { CounterClient } from './client';

export type SessionLoss = 'SESSION_LOCKED' | 'NOT_SIGNED_IN';

export interface Api {
  call<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandResult<CommandOutput<N>>>;
  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void;
}

export function isSessionLoss(error: CommandError): boolean {
  return error.code === 'SESSION_LOCKED' || error.code === 'NOT_SIGNED_IN';
}

export function guardClient(
  client: CounterClient,
  lang: () => Lang,
  onSessionLoss: (code: SessionLoss, error: CommandError) => void,
): Api {
  return {
    async call(name, input) {
      let result;
      try {
        result = await client.call(name, input);
      } catch {
        // A host that throws instead of answering (e.g. the IPC channel went away): the
        // outcome is as unknown as a network failure, so it is reported the same way.
        result = { ok: false as const, error: { code: 'HOST_UNREACHABLE' as const, message: errorText('HOST_UNREACHABLE', lang()) } };
      }
      if (!result.ok && isSessionLoss(result.error)) onSessionLoss(result.error.code as SessionLoss, result.error);
      return result;
    },
    on: (name, listener) => client.on(name, listener),
  };
}
