import { describe, expect, it } from 'vitest';
import { fold, foldedTokens } from '../../shared/catalogue/fold';
import { CatalogueSearch } from '../../shared/catalogue/search/catalogue-search';
import { typedFillers } from '../../shared/catalogue/search/filler-words';
import type { SearchDoc } from '../../shared/catalogue/search/types';
import { sampleCatalogueSearch } from '../support/catalogue-fixture';

const titles: [code: string, name: string, field: string, agency: string, level: string][] = [
  ['1.001193', 'Đăng ký khai sinh', 'Hộ tịch', 'UBND xã', 'Cấp Xã'],
  ['1.000893', 'Đăng ký khai sinh có yếu tố nước ngoài', 'Hộ tịch', 'UBND xã', 'Cấp Xã'],
  ['1.001022', 'Đăng ký kết hôn', 'Hộ tịch', 'UBND xã', 'Cấp Xã'],
  ['1.000656', 'Đăng ký khai tử', 'Hộ tịch', 'UBND xã', 'Cấp Xã'],
  ['2.000986', 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam', 'Lý lịch tư pháp', 'Sở Tư pháp', 'Cấp Tỉnh'],
  ['2.000488', 'Cấp bản sao Trích lục hộ tịch', 'Hộ tịch', 'UBND xã', 'Cấp Xã'],
  ['2.000815', 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', 'Chứng thực', 'UBND xã', 'Cấp Xã'],
  ['1.002804', 'Đổi giấy phép lái xe', 'Đường bộ', 'Sở Xây dựng', 'Cấp Tỉnh'],
  ['1.002809', 'Cấp lại giấy phép lái xe', 'Đường bộ', 'Sở Xây dựng', 'Cấp Tỉnh'],
  ['1.004227', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất', 'Đất đai', 'Văn phòng đăng ký đất đai', 'Cấp Tỉnh'],
  ['2.000889', 'Đăng ký thành lập hộ kinh doanh', 'Hộ kinh doanh', 'UBND xã', 'Cấp Xã'],
  ['1.001612', 'Giải quyết hưởng trợ cấp thất nghiệp', 'Việc làm', 'Sở Nội vụ', 'Cấp Tỉnh'],
];
const docs: SearchDoc[] = titles.map(([code, name, field, agency, level]) => ({ code, name, field, fieldCode: field, agency, level }));
const synonyms = [
  { phrase: 'GPLX', means: ['giấy phép lái xe'] },
  { phrase: 'bằng lái', means: ['giấy phép lái xe'] },
  { phrase: 'LLTP', means: ['lý lịch tư pháp'] },
  { phrase: 'sổ đỏ', means: ['giấy chứng nhận quyền sử dụng đất'] },
  { phrase: 'HKD', means: ['hộ kinh doanh'] },
];
const engine = new CatalogueSearch(docs, synonyms);
const first = (q: string, opts = {}) => engine.search(q, opts).hits[0]?.code;
const codes = (q: string, opts = {}) => engine.search(q, opts).hits.map((h) => h.code);

describe('folding', () => {
  it('ignores case, diacritics, đ, NFC vs NFD, spacing and punctuation', () => {
    expect(fold('Đăng  ký KHAI-SINH!')).toBe('dang ky khai sinh');
    expect(fold('Lý lịch tư pháp'.normalize('NFD'))).toBe('ly lich tu phap');
    expect(fold('đường Đồng Đăng')).toBe('duong dong dang');
    expect(fold('  Ủy ban   nhân dân ')).toBe('uy ban nhan dan');
    expect(fold('ƯỚC ơ ă â ê ô')).toBe('uoc o a a e o');
  });

  it('keeps each folded word’s position in the original title', () => {
    const name = 'Đổi giấy phép lái xe';
    expect(foldedTokens(name).map((t) => [t.text, name.slice(t.start, t.end)])).toEqual([
      ['doi', 'Đổi'],
      ['giay', 'giấy'],
      ['phep', 'phép'],
      ['lai', 'lái'],
      ['xe', 'xe'],
    ]);
  });
});

describe('search', () => {
  it('finds titles typed without diacritics, in NFD, and in any word order', () => {
    expect(first('ly lich tu phap')).toBe('2.000986');
    expect(first('Lý lịch tư pháp'.normalize('NFD'))).toBe('2.000986');
    expect(first('tu phap ly lich')).toBe('2.000986');
    expect(first('DANG KY KET HON')).toBe('1.001022');
  });

  it('matches the word being typed as a prefix, on every keystroke', () => {
    expect(first('dang ky khai s')).toBe('1.001193');
    expect(first('dang ky khai t')).toBe('1.000656');
    expect(first('chung th')).toBe('2.000815');
  });

  it('forgives one typo in words of five letters or more, not in shorter ones', () => {
    expect(first('chung thuc ban sao tu ban chinhh')).toBe('2.000815');
    expect(first('trich luuc ho tich')).toBe('2.000488');
    expect(first('that nhgiep')).toBe('1.001612'); // swapped letters
    // "hoon" has four letters: no typo tolerance, so only partial matches remain.
    expect(engine.search('ket hoon').hits[0]?.score).toBeLessThan(2000);
  });

  it('understands the everyday words and abbreviations of the synonyms file', () => {
    expect(codes('GPLX').slice(0, 2).sort()).toEqual(['1.002804', '1.002809']);
    expect(first('doi bang lai')).toBe('1.002804');
    expect(first('LLTP')).toBe('2.000986');
    expect(first('cap doi so do')).toBe('1.004227');
    expect(first('hkd')).toBe('2.000889');
  });

  it('finds a procedure by its code, also as a prefix', () => {
    expect(first('2.000986')).toBe('2.000986');
    expect(codes('1.0028').sort()).toEqual(['1.002804', '1.002809']);
  });

  it('ranks the whole phrase above all words above some words', () => {
    const hits = engine.search('dang ky khai sinh').hits;
    expect(hits.slice(0, 2).map((h) => h.code)).toEqual(['1.001193', '1.000893']);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(3000);
    // "khai sinh dang ky": every word, not as a phrase.
    const unordered = engine.search('khai sinh dang ky').hits[0]!;
    expect(unordered.score).toBeGreaterThanOrEqual(2000);
    expect(unordered.score).toBeLessThan(3000);
    // Only some words: "dang ky khai sinh ket" still lists the birth registrations, lower.
    expect(engine.search('dang ky ket hon khai').hits[0]!.code).toBe('1.001022');
  });

  it('breaks ties by how often this counter used a procedure', () => {
    expect(first('giay phep lai xe')).toBe('1.002804');
    const used = new CatalogueSearch(docs, synonyms, new Map([['1.002809', 12]]));
    expect(used.search('giay phep lai xe').hits[0]?.code).toBe('1.002809');
    // Usage only breaks ties: a better match still wins.
    expect(used.search('doi giay phep lai xe').hits[0]?.code).toBe('1.002804');
  });

  it('filters by field, agency and level', () => {
    expect(codes('dang ky', { field: 'Hộ kinh doanh' })).toEqual(['2.000889']);
    expect(codes('cap', { level: 'Cấp Tỉnh', agency: 'Sở Tư pháp' })).toEqual(['2.000986']);
    expect(engine.search('', { field: 'Đường bộ' }).total).toBe(2);
  });

  it('highlights the matched words of the title', () => {
    const hit = engine.search('ly lich tu pha').hits[0]!;
    expect(hit.highlights.map(([s, e]) => hit.name.slice(s, e))).toEqual(['lý', 'lịch', 'tư', 'pháp']);
  });

  it('lists procedures alphabetically for an empty query', () => {
    const r = engine.search('', { limit: 3 });
    expect(r.total).toBe(docs.length);
    expect(r.hits.map((h) => h.name)).toEqual(['Cấp bản sao Trích lục hộ tịch', 'Cấp đổi Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất', 'Cấp lại giấy phép lái xe']);
  });

  it.each([
    ['10,000 characters', 'khai sinh '.repeat(1000)],
    ['SQL', "'; DROP TABLE entries; --"],
    ['regex metacharacters', '.*+?^${}()|[]\\ (a+)+$'],
    ['control characters', '\u0000\u0007\u001b[31mkhai\u0000sinh'],
    ['only punctuation', '!!! ??? ...'],
    ['emoji and other scripts', '👶 出生 登记'],
    ['empty', ''],
  ])('answers hostile input (%s) without crashing', (_label, query) => {
    const r = engine.search(query);
    expect(Array.isArray(r.hits)).toBe(true);
    expect(r.hits.length).toBeLessThanOrEqual(10);
  });

  it('still finds the procedure inside a long noisy paste', () => {
    expect(first(`khai sinh ${'x'.repeat(9000)}`)).toBe('1.001193');
  });
});

// What clerks typed at the counter and got wrong (issue 9), against the sample catalogue and the
// everyday-names file a new counter starts with. Asserted by title: sample codes get corrected.
describe('search at the counter, on the sample catalogue', () => {
  const sample = sampleCatalogueSearch();
  const top = (q: string) => sample.search(q).hits[0]?.name;
  const codeOf = (name: string) => sample.search(name).hits.find((h) => h.name === name)!.code;

  it('says when no title holds every word, names the words none holds, and still lists partial matches', () => {
    const r = sample.search('lam lai can cuoc');
    expect(r.complete).toBe(false);
    expect(r.unmatched).toEqual(['can cuoc']);
    expect(r.hits.length).toBeGreaterThan(0);
    // The partial match that is about the identity card comes first, not a labour permit.
    expect(r.hits[0]!.name).toBe('Xác nhận số chứng minh nhân dân 9 số, số định danh cá nhân');
    // The words are given back as typed, diacritics and all.
    expect(sample.search('Làm lại  căn cước').unmatched).toEqual(['căn cước']);
  });

  it('says nothing is missing when a title holds every word, also through an everyday name', () => {
    for (const q of ['dang ky khai sinh', 'GPLX', 'dang ky ket h']) {
      expect(sample.search(q), q).toMatchObject({ complete: true, unmatched: [] });
    }
  });

  it('names every word when nothing matches at all', () => {
    const r = sample.search('xyzzy plugh');
    expect(r).toMatchObject({ hits: [], total: 0, complete: false, unmatched: ['xyzzy plugh'] });
    // Separate runs of missing words are named separately.
    expect(sample.search('xyzzy khai sinh plugh').unmatched).toEqual(['xyzzy', 'plugh']);
  });

  it('finds a code typed without its dot, and a code prefix without it', () => {
    const name = 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam';
    const code = codeOf(name);
    expect(top(code.replace('.', ''))).toBe(name);
    expect(sample.search(code.replace('.', '').slice(0, 6)).hits.map((h) => h.name)).toContain(name);
  });

  it.each([
    ['nhap khau', 'Đăng ký thường trú'],
    ['dkkd', 'Đăng ký thành lập hộ kinh doanh'],
    ['XNTTHN', 'Cấp Giấy xác nhận tình trạng hôn nhân'],
    ['cat khau', 'Xóa đăng ký thường trú'],
    ['giấy phép kinh doanh hộ cá thể', 'Đăng ký thành lập hộ kinh doanh'],
    ['cap lai GCN HKD', 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh'],
  ])('knows the everyday name "%s"', (q, title) => {
    const r = sample.search(q);
    expect(r.hits[0]?.name).toBe(title);
    // The title holds what the everyday words mean: a full match, not a partial one.
    expect(r.complete).toBe(true);
  });

  it.each([
    ['tro cap that nghiep', 'Giải quyết hưởng trợ cấp thất nghiệp'],
    ['giay phep xay dung', 'Cấp giấy phép xây dựng đối với nhà ở riêng lẻ'],
    ['ho kinh doanh', 'Đăng ký thành lập hộ kinh doanh'],
  ])('puts the base procedure before its variants for "%s"', (q, title) => {
    expect(top(q)).toBe(title);
    // Whatever the codes: the last tie-break is the code, and it must not be what decides.
    const reversed = sampleCatalogueSearch((docs) => docs.map((d, i) => ({ ...d, code: docs[docs.length - 1 - i]!.code })));
    expect(reversed.search(q).hits[0]?.name).toBe(title);
  });

  it('counts a one- or two-letter word being typed once, not once per title word it starts', () => {
    expect(top('ly lich t')).toBe('Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam');
    expect(top('dang ky ket h')).toBe('Đăng ký kết hôn');
    // …and marks one title word, not every word it starts.
    const hit = sample.search('ly lich t').hits[0]!;
    expect(hit.highlights.map(([s, e]) => hit.name.slice(s, e))).toEqual(['lý', 'lịch', 'tư']);
  });
});

// Words people add that no title is about ("xin", "làm", "cho bé"), and what a title says
// beyond the query's words: general rules, on titles shaped like a real catalogue's families.
describe('fillers and qualifiers', () => {
  const family: SearchDoc[] = [
    'Cấp bản sao Trích lục hộ tịch',
    'Cấp Trích lục hộ tịch cho người nước ngoài trong trường hợp bị mất, hỏng tại cơ quan đại diện Việt Nam ở nước ngoài',
    'Đăng ký khai sinh',
    'Đăng ký khai sinh cho người nước ngoài',
    'Cấp giấy phép xây dựng đối với nhà ở riêng lẻ',
    'Thu hồi giấy phép xây dựng nhà ở riêng lẻ',
    'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
  ].map((name, i) => ({ code: `9.00000${i}`, name, field: 'X', fieldCode: 'X', agency: 'A', level: 'L' }));
  const search = new CatalogueSearch(family, []);
  const names = (q: string) => search.search(q).hits.map((h) => h.name);

  it('does not count "xin", "cho bé" and other fillers as words a title must hold', () => {
    const r = search.search('xin đăng ký khai sinh cho bé');
    expect(r.hits[0]!.name).toBe('Đăng ký khai sinh');
    expect(r).toMatchObject({ complete: true, unmatched: [] });
    // Typed without marks, too; and the filler is not marked in the title.
    const hit = search.search('lam dang ky khai sinh cho be').hits[0]!;
    expect(hit.name).toBe('Đăng ký khai sinh');
    expect(hit.highlights.map(([s, e]) => hit.name.slice(s, e))).toEqual(['Đăng', 'ký', 'khai', 'sinh']);
  });

  it('tells fillers by how they were typed, and keeps a lone one still being typed', () => {
    expect(typedFillers(['của', 'cua', 'cửa'])).toEqual([true, true, false]);
    expect(typedFillers(['giay', 'phep', 'cho'])).toEqual([false, false, false]); // may become "chợ"
    expect(typedFillers(['khai', 'sinh', 'cho', 'con'])).toEqual([false, false, true, true]);
    expect(typedFillers(['doi', 'voi', 'doi'])).toEqual([true, true, false]);
  });

  it('reads the query as a phrase across a filler of the title ("đối với")', () => {
    const r = search.search('giay phep xay dung nha o rieng le');
    expect(r.hits[0]!.name).toBe('Cấp giấy phép xây dựng đối với nhà ở riêng lẻ');
    expect(r.hits[0]!.score).toBeGreaterThanOrEqual(3000);
  });

  it('puts a title that says much more after the query’s words after one with a short qualifier before', () => {
    expect(names('trich luc ho tich').slice(0, 2)).toEqual([
      'Cấp bản sao Trích lục hộ tịch',
      'Cấp Trích lục hộ tịch cho người nước ngoài trong trường hợp bị mất, hỏng tại cơ quan đại diện Việt Nam ở nước ngoài',
    ]);
    // A qualifier or two after still weighs less than a rarer action before: on the sample
    // catalogue, "Cấp giấy phép xây dựng đối với nhà ở riêng lẻ" stays before "Cấp lại giấy phép
    // xây dựng" (the base-before-variants test above).
  });
});
