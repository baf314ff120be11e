// The day's papers and the office view (shared/contract/day-output.ts), spread into the handler
// table. `report` is the day service's report of a day (X while open, Z once closed).
import type { DayReport } from '../../../shared/contract/day';
import type { HandlerTable, Services } from '../handlers';
import { dayCsvFiles } from './day-csv';
import { DayFileSigner } from './day-file';
import { OfficeView } from './office-view';
import { receivedByHour } from './received-by-hour';
import { dayReportPdfFileName, renderDayReportPdf } from './z-report-pdf';

type DayOutputCommand = 'day.hours' | 'day.reportPdf' | 'day.csv' | 'office.exportDay' | 'office.importDay' | 'office.day';

export function dayOutputHandlers(s: Services, report: (day: string) => DayReport): Pick<HandlerTable, DayOutputCommand> {
  const signer = new DayFileSigner(s.db);
  const hours = (day: string) => receivedByHour(s.db, day);
  const office = new OfficeView({ db: s.db, ledger: s.ledger, clock: s.clock, signer, counter: () => s.counter.require(), report, hours });
  return {
    'day.hours': (args) => ({ hours: hours(args.day) }),
    'day.reportPdf': async (args) => {
      const r = report(args.day);
      const pdf = await renderDayReportPdf(r, { hours: hours(args.day), signingKeyFingerprint: signer.fingerprint() }, s.resources.fonts);
      return { fileName: dayReportPdfFileName(r), pdfBase64: pdf.toString('base64') };
    },
    'day.csv': (args) => ({ files: dayCsvFiles(report(args.day), hours(args.day)) }),
    'office.exportDay': (args) => office.exportDay(args.day),
    'office.importDay': (args, caller) => caller.once(() => office.importDay(args.content, caller.actor, args.idempotencyKey)),
    'office.day': (args) => office.day(args.day),
  };
}
