// The 34 provincial-level units after the 2025 merger (Resolution 202/2025/QH15 of 12 June 2025,
// in force from 1 July 2025): 6 centrally-run cities and 28 provinces, each with the former
// provinces it took in, so a clerk who types an old name ("ha giang") still finds the province
// (Tuyên Quang). Codes are the 2-digit administrative codes of the national list as the
// statistics office published them for 1 July 2025 (Cục Thống kê, Công văn 1027/CTK-CSCL of
// 25 June 2025): each merged unit kept the code of the former province where its seat is.
// Data, not logic: the one place the list lives.
import { fold } from '../catalogue/fold';

export interface Province {
  /** The 2-digit administrative code; what the counter stores. */
  code: string;
  /** As on official papers and the receipt header: "Tỉnh Sơn La", "Thành phố Hà Nội". */
  name: string;
  /** As people say it: "Sơn La", "Hà Nội". */
  shortName: string;
  /** Provinces merged into this one in 2025 (besides its own former self), or a former name. */
  former: readonly string[];
}

const city = (code: string, shortName: string, former: string[] = []): Province => ({ code, name: `Thành phố ${shortName}`, shortName, former });
const province = (code: string, shortName: string, former: string[] = []): Province => ({ code, name: `Tỉnh ${shortName}`, shortName, former });

export const provinces: readonly Province[] = [
  city('01', 'Hà Nội'),
  province('04', 'Cao Bằng'),
  province('08', 'Tuyên Quang', ['Hà Giang']),
  province('11', 'Điện Biên'),
  province('12', 'Lai Châu'),
  province('14', 'Sơn La'),
  province('15', 'Lào Cai', ['Yên Bái']),
  province('19', 'Thái Nguyên', ['Bắc Kạn']),
  province('20', 'Lạng Sơn'),
  province('22', 'Quảng Ninh'),
  province('24', 'Bắc Ninh', ['Bắc Giang']),
  province('25', 'Phú Thọ', ['Vĩnh Phúc', 'Hòa Bình']),
  city('31', 'Hải Phòng', ['Hải Dương']),
  province('33', 'Hưng Yên', ['Thái Bình']),
  province('37', 'Ninh Bình', ['Hà Nam', 'Nam Định']),
  province('38', 'Thanh Hóa'),
  province('40', 'Nghệ An'),
  province('42', 'Hà Tĩnh'),
  province('44', 'Quảng Trị', ['Quảng Bình']),
  // Thừa Thiên Huế became the centrally-run city of Huế on 1 January 2025.
  city('46', 'Huế', ['Thừa Thiên Huế']),
  city('48', 'Đà Nẵng', ['Quảng Nam']),
  province('51', 'Quảng Ngãi', ['Kon Tum']),
  province('52', 'Gia Lai', ['Bình Định']),
  province('56', 'Khánh Hòa', ['Ninh Thuận']),
  province('66', 'Đắk Lắk', ['Phú Yên']),
  province('68', 'Lâm Đồng', ['Đắk Nông', 'Bình Thuận']),
  province('75', 'Đồng Nai', ['Bình Phước']),
  city('79', 'Hồ Chí Minh', ['Bình Dương', 'Bà Rịa - Vũng Tàu']),
  province('80', 'Tây Ninh', ['Long An']),
  province('82', 'Đồng Tháp', ['Tiền Giang']),
  province('86', 'Vĩnh Long', ['Bến Tre', 'Trà Vinh']),
  province('91', 'An Giang', ['Kiên Giang']),
  city('92', 'Cần Thơ', ['Sóc Trăng', 'Hậu Giang']),
  province('96', 'Cà Mau', ['Bạc Liêu']),
];

const byCode = new Map(provinces.map((p) => [p.code, p]));

export function provinceByCode(code: string): Province | undefined {
  return byCode.get(code);
}

/** "01 Hà Nội, 04 Cao Bằng, …": the list a refusal points to. */
export const provinceListHint = provinces.map((p) => `${p.code} ${p.shortName}`).join(', ');

/** Key of fieldMessages (shared/contract/messages.ts); params fill the message. */
export type ProvinceRefusal = { ok: false; problem: 'province.unknown' | 'province.former'; params: Record<string, string> };

/**
 * A province as a technician types it: its code, or its name (official or short) with or
 * without diacritics ("son la", "Tỉnh Sơn La"). A former province's name is not taken for its
 * successor: the refusal names the province it is now part of, so nothing is guessed.
 */
export function resolveProvince(input: string): { ok: true; province: Province } | ProvinceRefusal {
  const typed = input.normalize('NFC').trim();
  const code = /^\d{1,2}$/.test(typed) ? typed.padStart(2, '0') : null;
  const folded = fold(typed);
  const found = code ? byCode.get(code) : provinces.find((p) => fold(p.name) === folded || fold(p.shortName) === folded);
  if (found) return { ok: true, province: found };
  const successor = provinces.find((p) => p.former.some((f) => fold(f) === folded || fold(`Tỉnh ${f}`) === folded));
  if (successor && !code) return { ok: false, problem: 'province.former', params: { typed, name: successor.name, code: successor.code } };
  return { ok: false, problem: 'province.unknown', params: { typed, list: provinceListHint } };
}

export interface ProvinceMatch {
  province: Province;
  /** The former province whose name matched, when the match came through it. */
  via: string | null;
}

/**
 * The provinces a clerk's typing points to, as the set-up picker lists them: every word typed
 * (without diacritics, any order) starts a word of the name, or of a former province's name.
 * Best first: the words as typed in a row ("son la" before Lạng Sơn), then whole words, then
 * the current name before a former one, then code order. An empty query lists all 34.
 */
export function searchProvinces(query: string): ProvinceMatch[] {
  const q = fold(query);
  const words = q.split(' ').filter((w) => w !== '');
  /** How well a name answers the query, or -1 when a word typed starts none of its words. */
  const score = (name: string) => {
    const f = fold(name);
    const nameWords = f.split(' ');
    if (!words.every((w) => nameWords.some((n) => n.startsWith(w)))) return -1;
    const phrase = ` ${f} `.includes(` ${q} `) ? 2 : 0;
    return phrase + words.filter((w) => nameWords.includes(w)).length;
  };
  const found: (ProvinceMatch & { score: number; order: number })[] = [];
  provinces.forEach((p, order) => {
    const direct = words.length === 0 || p.code === query.trim() ? 0 : score(p.name);
    if (direct >= 0) return found.push({ province: p, via: null, score: direct, order });
    const former = p.former.map((f) => ({ f, s: score(f) })).filter((x) => x.s >= 0).sort((a, b) => b.s - a.s)[0];
    if (former) found.push({ province: p, via: former.f, score: former.s, order });
  });
  found.sort((a, b) => b.score - a.score || Number(a.via !== null) - Number(b.via !== null) || a.order - b.order);
  return found.map(({ province, via }) => ({ province, via }));
}
