// How the screens reach the counter's contract. Chosen once at start-up: the Electron
// preload's `window.counter` when present, otherwise HTTP to the loopback browser host.
// Nothing else in the renderer knows which host it runs in.
import type { Lang } from '../../../shared/contract/messages';
import { errorText } from '../../../shared/contract/messages';
import type { CommandResult } from '../../../shared/contract/result';

export type EventListener = (name: string, payload: unknown) => void;

export interface Transport {
  call(command: string, input: unknown, lang: Lang): Promise<CommandResult<unknown>>;
  subscribe(listener: EventListener): () => void;
}

declare global {
  interface Window {
    /** Set by electron/preload.ts through contextBridge. */
    counter?: Transport;
  }
}

function unreachable(lang: Lang): CommandResult<never> {
  return { ok: false, error: { code: 'HOST_UNREACHABLE', message: errorText('HOST_UNREACHABLE', lang) } };
}

/** The browser host: commands as POST /api/commands/<name>, events as server-sent events. */
export function httpTransport(): Transport {
  const listeners = new Set<EventListener>();
  let source: EventSource | null = null;
  return {
    async call(command, input, lang) {
      try {
        const response = await fetch(`api/commands/${encodeURIComponent(command)}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ input, lang }),
        });
        if (response.headers.get('content-type')?.startsWith('application/json')) {
          return (await response.json()) as CommandResult<unknown>;
        }
        return unreachable(lang);
      } catch {
        return unreachable(lang);
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      if (!source) {
        source = new EventSource('api/events');
        source.onmessage = (message) => {
          const { name, payload } = JSON.parse(message.data as string) as { name: string; payload: unknown };
          listeners.forEach((l) => l(name, payload));
        };
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
  };
}

export function pickTransport(): Transport {
  return window.counter ?? httpTransport();
}
