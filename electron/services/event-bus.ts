import type { EventName, EventPayload } from '../../shared/contract/events';

export type EventListener = <N extends EventName>(name: N, payload: EventPayload<N>) => void;

/** Fan-out of contract events to whichever hosts are listening (IPC windows, SSE streams). */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<N extends EventName>(name: N, payload: EventPayload<N>): void {
    for (const listener of this.listeners) {
      try {
        listener(name, payload);
      } catch (e) {
        // A broken screen must not stop the ledger or the other screens.
        console.error(`[counter] event listener failed for ${name}:`, e);
      }
    }
  }
}
