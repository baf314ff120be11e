// The printer's state in words: one line for the status bar ("Máy in: hết giấy — 1 phiếu đang
// chờ"), and the state with what to do for the devices area.
import type { TFunction } from 'i18next';
import type { PrinterStatus } from '../../../../shared/contract/commands';

export type PrinterTone = 'ok' | 'busy' | 'alert' | 'muted';

export function printerBarText(t: TFunction, status: PrinterStatus | null): { text: string; tone: PrinterTone } {
  if (!status || status.state === 'unconfigured') return { text: t('status.printer'), tone: 'muted' };
  const pending = status.pending > 0 ? ` — ${t('status.printerPending', { count: status.pending })}` : '';
  if (status.problem) return { text: `${t(`status.printerProblem.${status.problem}`)}${pending}`, tone: 'alert' };
  return { text: `${t(`status.printerState.${status.state}`)}${status.state === 'idle' ? '' : pending}`, tone: status.state === 'idle' ? 'ok' : 'busy' };
}

export function printerStateText(t: TFunction, status: PrinterStatus | null): { text: string; tone: PrinterTone } {
  if (!status) return { text: t('devices.printer.state.unconfigured'), tone: 'muted' };
  if (status.problem) return { text: t(`devices.printer.problem.${status.problem}`), tone: 'alert' };
  return { text: t(`devices.printer.state.${status.state}`), tone: status.state === 'unconfigured' ? 'muted' : status.state === 'idle' ? 'ok' : 'busy' };
}
