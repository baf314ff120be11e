// Results waiting at the post office as plain text for the console, one dossier a line.
import type { CommandOutput } from '../../shared/contract/commands';
import { dossierStatusLabels, type Lang } from '../../shared/contract/messages';
import { formatDateTime, formatVnd } from '../../shared/format';

export function describePendingResults({ results }: CommandOutput<'results.pending'>, lang: Lang): string {
  const vi = lang === 'vi';
  if (results.length === 0) return vi ? 'Không có kết quả nào chờ trả.' : 'No result is waiting to be returned.';
  const lines = results.map((r) => {
    const notices = vi ? `đã báo ${r.notices} lần` : `notified ${r.notices} time${r.notices === 1 ? '' : 's'}`;
    const last = r.lastNoticeAt ? ` (${vi ? 'lần cuối' : 'last'} ${formatDateTime(r.lastNoticeAt, lang)})` : '';
    const fee = r.feeDueVnd ? `  ${vi ? 'còn thu' : 'to collect'} ${formatVnd(r.feeDueVnd, lang)}` : '';
    return `${r.slipNumber}  ${r.s10}  ${dossierStatusLabels[r.status][lang]}  ${r.applicantName}  ${r.phone}  ${vi ? 'về' : 'back'} ${formatDateTime(r.checkedInAt, lang)}  ${notices}${last}${fee}`;
  });
  return [vi ? `Kết quả chờ trả: ${results.length}` : `Results waiting to be returned: ${results.length}`, ...lines].join('\n');
}
