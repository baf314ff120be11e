// How the intake's dates and print states read on screen.
import type { TFunction } from 'i18next';
import type { PrinterStatus, PrintJobView } from '../../../../shared/contract/commands';
import { printerProblems, type PrinterProblem } from '../../../../shared/contract/events';
import type { Lang } from '../../../../shared/contract/messages';
import { formatDate } from '../../../../shared/format';

/** A calendar day of the counter ("2026-11-27") as people write it: "27/11/2026". */
export function formatDay(day: string, lang: Lang): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(`${day}T12:00:00+07:00`, lang) : day;
}

const isProblem = (p: string): p is PrinterProblem => (printerProblems as readonly string[]).includes(p);

function problemText(t: TFunction, problem: string | null | undefined): string {
  if (!problem) return t('intake.print.problem.unknown');
  return isProblem(problem) ? t(`intake.print.problem.${problem}`) : problem;
}

/** "Đang in", "Đã in", "Đang chờ máy in: hết giấy" … for one job, the printer's own report filling in a missing reason. */
export function printStateText(t: TFunction, job: PrintJobView, printer: PrinterStatus | null): string {
  switch (job.state) {
    case 'queued':
      // Queued with no printer set up would wait for ever without a word: say what to do.
      return printer?.state === 'unconfigured' ? t('intake.print.noPrinter') : t('intake.print.queued');
    case 'printing':
      return t('intake.print.printing');
    case 'printed':
      return t('intake.print.printed');
    case 'waiting':
      return t('intake.print.waiting', { problem: problemText(t, job.problem ?? printer?.problem) });
    case 'failed':
      return t('intake.print.failed', { problem: problemText(t, job.problem) });
  }
}
