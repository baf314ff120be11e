// What a host says when it finds its data folder's devices run by another process: Vietnamese
// first, then English, naming the holder so the technician can find it.
import { formatDateTime } from '../../shared/format';
import type { DataDirInUseError } from '../services/data-dir-lock';

export function dataDirInUseText(e: DataDirInUseError): string {
  const who = (lang: 'vi' | 'en') =>
    e.holder
      ? lang === 'vi'
        ? `tiến trình ${e.holder.pid}, từ ${formatDateTime(e.holder.since, 'vi')}`
        : `process ${e.holder.pid}, since ${formatDateTime(e.holder.since, 'en')}`
      : lang === 'vi'
        ? 'tiến trình vừa khởi động, chưa rõ số hiệu'
        : 'a process just starting, not yet named';
  return [
    `Thư mục dữ liệu ${e.dataDir} đang được một chương trình Quầy Một cửa khác dùng (${who('vi')}). Hãy dùng cửa sổ đang mở, hoặc đóng chương trình đó trước.`,
    `The data folder ${e.dataDir} is in use by another OneStop Counter program (${who('en')}). Use the window already open, or close that program first.`,
  ].join('\n');
}
