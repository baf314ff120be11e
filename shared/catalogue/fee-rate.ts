// Whether a fee line of the national record is charged on top of the base fee rather than
// instead of it. The record has no flag for this: agencies write it into the description,
// e.g. "thu thêm 5.000 đồng/Phiếu kể từ Phiếu thứ 3", "từ bản thứ 3 trở đi …", "mỗi trang tăng
// thêm …". Such a line is added with a count (pages, copies, certificates beyond the first
// ones); every other line is an alternative rate. One rule, for the catalogue, the form and the
// service alike.
import { fold } from './fold';

const additivePhrases = [
  // "thu thêm", "cộng thêm" — but not "không thu thêm", which says the opposite.
  /(?<!\bkhong )\b(thu|cong) them\b/,
  // "mỗi trang tăng thêm …", "mỗi bản … tăng thêm"
  /\bmoi\b.*\btang them\b/,
  // "từ bản thứ 3 trở đi", "kể từ Phiếu thứ 3", "từ trang thứ hai trở lên"
  /\btu (\w+ )?thu (\d+|hai|ba|tu|nam)\b/,
];

export function isAdditiveFee(description: string | null): boolean {
  if (description === null) return false;
  const plain = fold(description);
  return additivePhrases.some((p) => p.test(plain));
}
