// The scale as the devices area sees it: its settings and protocols (devices.scale.get) and
// its live status — first from the same answer, then from every `scale.reading` event.
import { useEffect, useState } from 'react';
import type { ScaleStatus } from '../../../../shared/contract/commands';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../hooks/use-query';

export function useScale() {
  const api = useApi();
  const scale = useQuery('devices.scale.get', {});
  const [pushed, setPushed] = useState<ScaleStatus | null>(null);

  useEffect(() => api.on('scale.reading', setPushed), [api]);

  // A pushed status is newer than the answer it follows; before the first push the answer stands.
  const status = pushed ?? scale.data?.status ?? null;
  return { scale, status };
}

/** Only whether the scale is there, for the status bar: redrawn on a change of connection, not on every frame. */
export function useScaleConnection(): ScaleStatus['connection'] | null {
  const api = useApi();
  const [connection, setConnection] = useState<ScaleStatus['connection'] | null>(null);
  useEffect(() => {
    let pushed = false;
    let alive = true;
    const off = api.on('scale.reading', (s) => {
      pushed = true;
      setConnection(s.connection);
    });
    void api.call('devices.scale.get', {}).then((r) => {
      if (alive && r.ok && !pushed) setConnection(r.value.status.connection);
    });
    return () => {
      alive = false;
      off();
    };
  }, [api]);
  return connection;
}
