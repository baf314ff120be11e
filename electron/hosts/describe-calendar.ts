// The working-day calendar as plain text for the console: the year's days off, and a due date
// explained step by step the way the clerk would explain it to the applicant.
import { formatDayVi, weekdayVi, type Day } from '../../shared/calendar/day';
import type { CommandOutput, DueView } from '../../shared/contract/commands';
import type { Lang } from '../../shared/contract/messages';
import { formatDateTime } from '../../shared/format';

const kindLabels = {
  vi: { holiday: '', compensatory: ' [nghỉ bù]', decision: ' [nghỉ theo quyết định]', workingSaturday: ' [ĐI LÀM]' },
  en: { holiday: '', compensatory: ' [in lieu]', decision: ' [by decision]', workingSaturday: ' [WORKING DAY]' },
};

export function describeHolidays({ year, days }: CommandOutput<'calendar.holidays'>, lang: Lang): string {
  const lines = [lang === 'vi' ? `Ngày nghỉ năm ${year} (cơ quan nghỉ thứ Bảy, Chủ nhật):` : `Days off in ${year} (agencies rest on Saturday and Sunday):`];
  // Names and sources are Vietnamese in both languages: they are the law's own words.
  for (const d of days) lines.push(`${formatDayVi(d.date)}  ${weekdayVi(d.date).padEnd(8)}  ${d.name}${kindLabels[lang][d.kind]}  — ${d.source}`);
  return lines.join('\n');
}

export function describeDue(d: DueView, lang: Lang): string {
  const day = (x: Day) => (lang === 'vi' ? `${weekdayVi(x)} ${formatDayVi(x)}` : formatDayVi(x));
  const unit = d.processingUnit === 'workingDays' ? (lang === 'vi' ? 'ngày làm việc' : 'working days') : lang === 'vi' ? 'ngày' : 'days';
  const amount = d.processingAmount ?? 0;
  if (lang === 'en') {
    return [
      `Received: ${formatDateTime(d.receivedAt, 'en')}${d.afterCutoff ? ' (after 15:00)' : ''}`,
      `J (receipt day): ${day(d.receiptDay)}`,
      `At the agency by: ${day(d.atAgencyBy)} (route ${d.route}, J+${d.transitToAgencyDays} working days)`,
      `Decided by: ${day(d.decidedBy)} (${d.processingAmount === null ? 'no processing time in the catalogue: counted as 0' : `${amount} ${unit}`})`,
      `Result due: ${day(d.dueDate)}${d.returnTransitDays ? ` (return +${d.returnTransitDays} working days)` : ' (no return by post)'}`,
    ].join('\n');
  }
  return [
    `Nhận hồ sơ lúc: ${formatDateTime(d.receivedAt, 'vi')}${d.afterCutoff ? ' — sau 15 giờ, chuyển sang ngày làm việc tiếp theo' : ''}`,
    `Ngày J (ngày nhận trên biên nhận): ${day(d.receiptDay)}`,
    `Đến cơ quan giải quyết chậm nhất: ${day(d.atAgencyBy)} (tuyến ${d.route}, J+${d.transitToAgencyDays} ngày làm việc)`,
    `Cơ quan giải quyết xong: ${day(d.decidedBy)} (${d.processingAmount === null ? 'danh mục không ghi thời hạn giải quyết: tính là 0 ngày' : `${amount} ${unit} kể từ ngày hôm sau`})`,
    `Ngày hẹn trả kết quả: ${day(d.dueDate)}${d.returnTransitDays ? ` (chuyển trả thêm ${d.returnTransitDays} ngày làm việc)` : ' (không chuyển trả qua bưu điện)'}`,
  ].join('\n');
}
