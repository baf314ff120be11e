// The print jobs of one dossier (its receipt and any reprints) and the printer's state, kept
// current: reloaded on every 'printer.status' push, and every few seconds while a job is still
// on its way (a push may be missed while the window reconnects).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PrinterStatus, PrintJobView } from '../../../../shared/contract/commands';
import { useApi } from '../../api/api-context';

const pollMs = 3000;

/** `tracked`: the job the screen follows, which may be newer than the last answer (a reprint just sent). */
export function useDossierJobs(slipNumber: string, tracked: string | null) {
  const api = useApi();
  const [jobs, setJobs] = useState<PrintJobView[] | null>(null);
  const [printer, setPrinter] = useState<PrinterStatus | null>(null);
  const latest = useRef(0);

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    void api.call('intake.get', { slipNumber }).then((r) => {
      if (ticket === latest.current && r.ok) setJobs(r.value.jobs);
    });
  }, [api, slipNumber]);

  useEffect(() => {
    let alive = true;
    reload();
    void api.call('devices.printer.get', {}).then((r) => {
      if (alive && r.ok) setPrinter((p) => p ?? r.value.status);
    });
    const off = api.on('printer.status', (status) => {
      setPrinter(status);
      reload();
    });
    return () => {
      alive = false;
      off();
    };
  }, [api, reload]);

  const unsettled =
    jobs === null ||
    (tracked !== null && !jobs.some((j) => j.id === tracked)) ||
    jobs.some((j) => j.state !== 'printed' && j.state !== 'failed');
  useEffect(() => {
    if (!unsettled) return;
    const timer = setInterval(reload, pollMs);
    return () => clearInterval(timer);
  }, [unsettled, reload]);

  // A job just sent (a reprint) is looked up at once rather than at the next poll.
  useEffect(() => {
    if (tracked !== null) reload();
  }, [tracked, reload]);

  return { jobs, printer, reload };
}
