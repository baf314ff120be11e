// The receipt printer as the screens see it: its settings (devices.printer.get) and its state
// and queue — first from that answer, then from every `printer.status` event.
import { useEffect, useState } from 'react';
import type { PrinterStatus } from '../../../../shared/contract/commands';
import { useApi } from '../../api/api-context';
import { useQuery } from '../../hooks/use-query';

export function usePrinter() {
  const api = useApi();
  const printer = useQuery('devices.printer.get', {});
  const [pushed, setPushed] = useState<PrinterStatus | null>(null);

  useEffect(() => api.on('printer.status', setPushed), [api]);

  // A pushed status is newer than the answer it follows; before the first push the answer stands.
  const status = pushed ?? printer.data?.status ?? null;
  return { printer, status };
}

/** The printer's state for the status bar: asked once, then kept up to date by the events. */
export function usePrinterStatus(): PrinterStatus | null {
  const api = useApi();
  const [status, setStatus] = useState<PrinterStatus | null>(null);
  useEffect(() => {
    let pushed = false;
    let alive = true;
    const off = api.on('printer.status', (s) => {
      pushed = true;
      setStatus(s);
    });
    void api.call('devices.printer.get', {}).then((r) => {
      if (alive && r.ok && !pushed) setStatus(r.value.status);
    });
    return () => {
      alive = false;
      off();
    };
  }, [api]);
  return status;
}
