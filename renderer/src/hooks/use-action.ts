// One state-changing action started by the person (a form, a button): its idempotency key,
// whether it is running, and the last refusal to show.
//
// The key is made when the action starts and kept until the counter gives a definitive
// answer. After HOST_UNREACHABLE the outcome is unknown, so the retry reuses the key and the
// counter records the action at most once.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract/commands';
import type { CommandError, CommandResult } from '../../../shared/contract/result';
import { useApi } from '../api/api-context';
import { newActionKey } from '../api/client';
import { isSessionLoss } from '../api/guarded-client';

export type MutatingCommand = {
  [N in CommandName]: 'idempotencyKey' extends keyof CommandInput<N> ? N : never;
}[CommandName];

export type ActionInput<N extends MutatingCommand> = Omit<CommandInput<N>, 'idempotencyKey'>;

export interface Action<N extends MutatingCommand> {
  /** Runs the command; null when it was already running (a double Enter or click). */
  run(input: ActionInput<N>): Promise<CommandResult<CommandOutput<N>> | null>;
  pending: boolean;
  error: CommandError | null;
  setError(error: CommandError | null): void;
}

export function useAction<N extends MutatingCommand>(name: N): Action<N> {
  const api = useApi();
  const key = useRef<string | null>(null);
  const running = useRef(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<CommandError | null>(null);

  const run = useCallback(
    async (input: ActionInput<N>) => {
      if (running.current) return null;
      running.current = true;
      setPending(true);
      key.current ??= newActionKey();
      try {
        const result = await api.call(name, { ...input, idempotencyKey: key.current } as CommandInput<N>);
        if (result.ok || result.error.code !== 'HOST_UNREACHABLE') key.current = null;
        // A locked or ended session is shown by the app shell (lock or sign-in screen), not here.
        setError(result.ok || isSessionLoss(result.error) ? null : result.error);
        return result;
      } finally {
        running.current = false;
        setPending(false);
      }
    },
    [api, name],
  );

  return { run, pending, error, setError };
}

/** The messages of the issues about one input field (issue paths are the input's field names). */
export function issueFor(error: CommandError | null, field: string): string | undefined {
  const messages = (error?.issues ?? [])
    .filter((i) => i.path === field || i.path.startsWith(`${field}.`))
    .map((i) => i.message)
    .filter((m) => m !== '');
  return messages.length > 0 ? messages.join(' ') : undefined;
}

/** Whether an error concerns this field (also true for a client-side issue with no text of its own). */
export function fieldInvalid(error: CommandError | null, field: string): boolean {
  return (error?.issues ?? []).some((i) => i.path === field || i.path.startsWith(`${field}.`));
}

/** A refusal found before calling the counter (e.g. the two PINs differ), shaped like the counter's. */
export function localError(message: string, fields: string[]): CommandError {
  return { code: 'INVALID_INPUT', message, issues: fields.map((path) => ({ path, message: '' })) };
}

/** After a refusal that names fields, puts the cursor in the first of them. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, error: CommandError | null): void {
  useEffect(() => {
    if (error?.issues?.length) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [form, error]);
}
