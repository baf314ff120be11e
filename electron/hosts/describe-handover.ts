// The console's words for handover batches (`handover list|show|pdf`).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CommandOutput } from '../../shared/contract/commands';
import { dossierStatusLabels, type Lang } from '../../shared/contract/messages';
import { formatDate, formatDateTime, formatVnd } from '../../shared/format';

type Summary = CommandOutput<'handover.list'>['open'][number];

function summaryLine(b: Summary, lang: Lang): string {
  const vi = lang === 'vi';
  const signed = b.signedAt ? (vi ? `ký nhận ${formatDateTime(b.signedAt, lang)} bởi ${b.receiverName}` : `signed ${formatDateTime(b.signedAt, lang)} by ${b.receiverName}`) : vi ? 'đang mở' : 'open';
  return `${b.number}  ${b.agency}  ${b.dossiers} ${vi ? 'hồ sơ' : 'dossiers'}, ${formatVnd(b.feesVnd, lang)}  [${signed}]`;
}

export function describeHandoverList(l: CommandOutput<'handover.list'>, lang: Lang): string[] {
  const vi = lang === 'vi';
  const none = vi ? '  (không có)' : '  (none)';
  return [
    vi ? 'Lô đang mở:' : 'Open batches:',
    ...(l.open.length ? l.open.map((b) => `  ${summaryLine(b, lang)}`) : [none]),
    vi ? 'Lô đã ký gần đây:' : 'Recently signed:',
    ...(l.signed.length ? l.signed.map((b) => `  ${summaryLine(b, lang)}`) : [none]),
    vi ? 'Hồ sơ nhận hôm nay chưa vào lô nào:' : "Today's dossiers in no batch:",
    ...(l.missingToday.length ? l.missingToday.map((m) => `  ${m.slipNumber}  ${m.s10}  ${m.applicantName}  → ${m.agency}`) : [none]),
  ];
}

export function describeHandoverBatch(b: CommandOutput<'handover.show'>, lang: Lang): string[] {
  const vi = lang === 'vi';
  const lines = [summaryLine(b, lang), `${vi ? 'Bộ phận Một cửa' : 'One-stop department'}: ${b.department.name}${b.department.unitCode ? ` (${b.department.unitCode})` : ''}`];
  for (const i of b.items) {
    lines.push(`  ${i.slipNumber}  ${i.s10}  ${i.procedureCode}  ${i.applicantName}  ${formatVnd(i.feesVnd, lang)}  [${dossierStatusLabels[i.status][lang]}]`);
    if (i.departmentCode) lines.push(`    ${vi ? 'Mã hồ sơ tại cơ quan' : "Agency's dossier code"}: ${i.departmentCode}${i.appointmentDate ? `, ${vi ? 'hẹn trả' : 'due'} ${formatDate(`${i.appointmentDate}T12:00:00+07:00`, lang)}` : ''}`);
    if (i.reason) lines.push(`    ${vi ? 'Lý do' : 'Reason'}: ${i.reason}`);
  }
  return lines;
}

/** Writes the record where asked (or under its own name in the current folder). */
export function writePdf(pdf: CommandOutput<'handover.pdf'>, out: string | undefined): { file: string; bytes: number } {
  const file = resolve(out ?? pdf.fileName);
  const bytes = Buffer.from(pdf.pdfBase64, 'base64');
  writeFileSync(file, bytes);
  return { file, bytes: bytes.length };
}
