// The register as plain text for the console: a list of dossiers found, and one dossier with
// its timeline, worded like the page (entry kinds from shared/contract/entry-kinds.ts).
import type { CommandOutput } from '../../shared/contract/commands';
import { entryKindLabel } from '../../shared/contract/entry-kinds';
import { dossierStatusLabels, type Lang } from '../../shared/contract/messages';
import { formatDateTime, formatVnd } from '../../shared/format';

export function describeFound(r: CommandOutput<'dossiers.find'>, lang: Lang): string[] {
  const vi = lang === 'vi';
  if (r.hits.length === 0) return [vi ? 'Không tìm thấy hồ sơ nào.' : 'No dossier found.'];
  const lines = r.hits.map(
    (h) => `${h.slipNumber}  ${h.s10}  ${h.applicantName}  ${h.procedureCode} ${h.procedureName}  ${formatDateTime(h.receivedAt, lang)}  [${dossierStatusLabels[h.status][lang]}]  ${vi ? 'hẹn' : 'due'} ${h.dueDate}`,
  );
  if (r.more) lines.push(vi ? `Còn hồ sơ khác phù hợp; hãy thu hẹp tìm kiếm (--limit, --from, --to, --status, --procedure).` : 'More dossiers match; narrow the search (--limit, --from, --to, --status, --procedure).');
  return lines;
}

export function describeDossier({ dossier: d }: CommandOutput<'dossiers.show'>, lang: Lang): string[] {
  const vi = lang === 'vi';
  // A value changed since intake says so; the timeline lists each correction with its reason.
  const mark = (field: (typeof d.corrected)[number]) => (d.corrected.includes(field) ? (vi ? ' (đã sửa)' : ' (corrected)') : '');
  const status = `${dossierStatusLabels[d.status][lang]}${d.nationalCode === null ? '' : ` (${vi ? 'mã trạng thái quốc gia' : 'national status code'} ${d.nationalCode})`}`;
  const lines = [
    `${vi ? 'Số phiếu' : 'Slip'}: ${d.slipNumber}   S10: ${d.s10}`,
    `${vi ? 'Trạng thái' : 'Status'}: ${status}`,
    `${vi ? 'Người nộp' : 'Applicant'}: ${d.applicant.name}${mark('applicantName')} — ${d.applicant.idKind.toUpperCase()} ${d.applicant.idNumber} — ${d.applicant.phone}${mark('phone')}`,
    `${vi ? 'Địa chỉ' : 'Address'}: ${d.applicant.address}${mark('address')}`,
    `${vi ? 'Nhận kết quả' : 'Result returned'}: ${d.returnMethod.kind === 'home' ? `${vi ? 'tại nhà' : 'at home'}, ${d.returnMethod.address}` : vi ? 'tại quầy' : 'at the counter'}${mark('returnMethod')}`,
    `${vi ? 'Thủ tục' : 'Procedure'}: ${d.procedure.code} ${d.procedure.name} (${d.procedure.caseName}) — ${d.procedure.agency}`,
    `${vi ? 'Tiếp nhận' : 'Received'}: ${formatDateTime(d.receivedAt, lang)} ${vi ? 'bởi' : 'by'} ${d.clerkName}; ${vi ? 'hẹn trả' : 'due'} ${d.dueDate}`,
    `${vi ? 'Khối lượng' : 'Weight'}: ${d.weight.grams} g${d.weight.manual ? (vi ? ' (nhập tay)' : ' (typed)') : ''}`,
    `${vi ? 'Phí, lệ phí' : 'Fees'}: ${formatVnd(d.fees.totalVnd, lang)}; ${vi ? 'cước' : 'postal charge'}: ${formatVnd(d.postal.totalVnd, lang)}; ${vi ? 'tổng' : 'total'}: ${formatVnd(d.totalVnd, lang)}`,
    `${vi ? 'Thành phần hồ sơ' : 'Papers'}:`,
    ...d.papers.map((p) => `  - ${p.name}: ${p.originals} ${vi ? 'bản chính' : 'original(s)'}, ${p.copies} ${vi ? 'bản sao' : 'copies'}`),
    `${vi ? 'Diễn biến' : 'Timeline'}:`,
    ...d.timeline.map((t) => {
      const who = t.actorName ?? (t.actorKind === 'system' ? (vi ? 'hệ thống' : 'system') : t.actorKind);
      const move = t.move ? `  → ${dossierStatusLabels[t.move.to][lang]}` : '';
      const reason = t.reason ? `  (${vi ? 'lý do' : 'reason'}: ${t.reason})` : '';
      return `  #${t.seq}  ${formatDateTime(t.at, lang)}  ${entryKindLabel(t.kind, lang)}  — ${who}, ${vi ? 'máy' : 'device'} ${t.deviceId}${move}${reason}`;
    }),
  ];
  return lines;
}
