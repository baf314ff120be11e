// Reading from the counter: the latest answer of a read-only command, reloaded on demand and
// whenever the ledger grows (the counter announces each new entry as 'ledger.appended').
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommandInput, CommandName, CommandOutput } from '../../../shared/contract/commands';
import { useApi } from '../api/api-context';
import { isSessionLoss } from '../api/guarded-client';

export interface Query<T> {
  data: T | null;
  error: string | null;
  reload(): void;
}

export function useQuery<N extends CommandName>(
  name: N,
  input: CommandInput<N>,
  options: { onLedgerAppended?: boolean } = {},
): Query<CommandOutput<N>> {
  const api = useApi();
  const [data, setData] = useState<CommandOutput<N> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const inputJson = JSON.stringify(input);

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    void api.call(name, JSON.parse(inputJson) as CommandInput<N>).then((result) => {
      if (ticket !== latest.current) return; // a newer load is on its way
      if (result.ok) {
        setData(result.value);
        setError(null);
      } else if (!isSessionLoss(result.error)) {
        setError(result.error.message);
      }
    });
  }, [api, name, inputJson]);

  useEffect(() => {
    reload();
  }, [reload]);

  const follow = options.onLedgerAppended ?? false;
  useEffect(() => {
    if (!follow) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Entries often come in bursts (a wrong PIN and the lock-out it causes): one reload per burst.
    const off = api.on('ledger.appended', () => {
      clearTimeout(timer);
      timer = setTimeout(reload, 80);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [api, follow, reload]);

  return { data, error, reload };
}
