// Words the day's papers (PDF, CSV headers) use for the report's codes. The papers are filed
// with the office's accounts, so they are Vietnamese whatever the screen's language.
import type { DayReport } from '../../../shared/contract/day';
import { formatDay } from '../../../shared/format';

export function reportKindTitle(r: Pick<DayReport, 'state'>): string {
  return r.state === 'closed' ? 'BÁO CÁO CHỐT NGÀY (Z)' : 'BÁO CÁO TRONG NGÀY (X)';
}

/** The postal services by the tariff's ids; a name the day service already gives passes as it is. */
const services: Record<string, string> = {
  send: 'Gửi hồ sơ',
  return: 'Trả kết quả',
  both: 'Gửi hồ sơ và trả kết quả',
  forwardFee: 'Chuyển phí, lệ phí',
};

export function serviceLabel(service: string): string {
  return services[service] ?? service;
}

/** A stored local stamp ("2026-11-27 08:15:00 +07:00") as people write it: "08:15 27/11/2026". */
export function localStampShort(atLocal: string): string {
  return `${atLocal.slice(11, 16)} ${formatDay(atLocal.slice(0, 10))}`;
}
