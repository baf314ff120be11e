// The sync with the province hub as the screens see it: asked once (sync.status), then kept up
// to date by every `sync.status` event the service host pushes.
import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../../shared/contract/sync';
import { useApi } from '../../api/api-context';

export function useSyncStatus(): SyncStatus | null {
  const api = useApi();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let pushed = false;
    let alive = true;
    const off = api.on('sync.status', (s) => {
      pushed = true;
      setStatus(s);
    });
    void api.call('sync.status', {}).then((r) => {
      if (alive && r.ok && !pushed) setStatus(r.value);
    });
    return () => {
      alive = false;
      off();
    };
  }, [api]);
  return status;
}
