import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract/commands';
import type { EventName, EventPayload } from '../../../shared/contract/events';
import type { Lang } from '../../../shared/contract/messages';
import type { CommandResult } from '../../../shared/contract/result';
import { pickTransport, type Transport } from './transport';

/** The typed face of the contract for the screens. */
export class CounterClient {
  constructor(
    private readonly transport: Transport,
    private readonly lang: () => Lang,
  ) {}

  call<N extends CommandName>(name: N, input: CommandInput<N>): Promise<CommandResult<CommandOutput<N>>> {
    return this.transport.call(name, input, this.lang()) as Promise<CommandResult<CommandOutput<N>>>;
  }

  on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void {
    return this.transport.subscribe((event, payload) => {
      if (event === name) listener(payload as EventPayload<N>);
    });
  }
}

/** A fresh key for an action the person has just started; repeats of the action reuse it. */
export function newActionKey(): string {
  return `ui-${crypto.randomUUID()}`;
}

export function createClient(lang: () => Lang): CounterClient {
  return new CounterClient(pickTransport(), lang);
}
