// Home delivery and the overdue lists as plain text for the console, one dossier a line.
import { formatDayVi } from '../../shared/calendar/day';
import type { CommandOutput } from '../../shared/contract/commands';
import { dossierStatusLabels, type Lang } from '../../shared/contract/messages';

export function describeDeliveries({ dossiers, allowedFailures, ruleSource }: CommandOutput<'delivery.list'>, lang: Lang): string {
  const vi = lang === 'vi';
  if (dossiers.length === 0) return vi ? 'Không có kết quả nào chờ phát tận địa chỉ.' : 'No result is waiting for home delivery.';
  const lines = dossiers.map((d) => {
    const round = d.roundId ? `  ${vi ? 'chuyến' : 'round'} ${d.roundId} (${d.carrier})` : '';
    const tries = `  ${vi ? 'phát hỏng' : 'failed'} ${d.failedAttempts}/${allowedFailures}`;
    const next = d.nextAttemptFrom ? `  ${vi ? 'phát lại từ' : 'next try from'} ${formatDayVi(d.nextAttemptFrom)}` : '';
    return `${d.slipNumber}  ${d.s10}  ${dossierStatusLabels[d.status][lang]}  ${d.applicantName}  ${d.phone}  ${d.address}${round}${tries}${next}`;
  });
  return [...lines, `(${ruleSource})`].join('\n');
}

export function describeOverdue(o: CommandOutput<'dossiers.overdue'>, lang: Lang): string {
  const vi = lang === 'vi';
  const line = (d: CommandOutput<'dossiers.overdue'>['uncollected']['dossiers'][number]) =>
    `  ${d.slipNumber}  ${d.s10}  ${d.applicantName}  ${d.phone}  ${vi ? 'hẹn' : 'due'} ${formatDayVi(d.dueDate)}${d.daysLate ? ` (${vi ? 'trễ' : 'late'} ${d.daysLate} ${vi ? 'ngày' : 'days'})` : ''}`;
  const section = (title: string, list: { total: number; dossiers: Parameters<typeof line>[0][] }) => [
    `${title}: ${list.total}`,
    ...list.dossiers.map(line),
    ...(list.total > list.dossiers.length ? [vi ? `  … và ${list.total - list.dossiers.length} hồ sơ nữa` : `  … and ${list.total - list.dossiers.length} more`] : []),
  ];
  const lines = [vi ? `Hồ sơ quá hạn đến ngày ${formatDayVi(o.today)}:` : `Overdue dossiers as of ${formatDayVi(o.today)}:`];
  if (o.byStatus.length === 0) lines.push(vi ? '  Không có hồ sơ nào quá hạn.' : '  No dossier is past its due date.');
  for (const g of o.byStatus) lines.push(...section(`— ${dossierStatusLabels[g.status][lang]}`, g));
  lines.push(...section(vi ? 'Đã chuyển cơ quan, quá hạn chưa có kết quả' : 'At the agency, no result by the due date', o.awaitingAgency));
  lines.push(...section(vi ? `Đã có kết quả, chưa trả sau ${o.uncollectedDays} ngày` : `Result back, not returned after ${o.uncollectedDays} days`, o.uncollected));
  return lines.join('\n');
}
