// `npm run bench -- register [--max N]`: finding any dossier and opening its page on a ledger of
// 1,000,000 dossiers (or --max), through the dispatcher as the console calls it. The ledger is
// filled by the growth bench's fast path (growth-bench.ts), each dossier with an applicant of its
// own: a name drawn from common Vietnamese family, middle and given names, a CCCD number and a
// mobile phone. Timed: find by slip number, S10, CCCD and phone (target p95 ≤ 5 ms), by name
// (folded words in another order, and prefixes; target p95 ≤ 20 ms), and the dossier page with
// its timeline (target p95 ≤ 20 ms). The peer, in the same run, is what the register replaces:
// a plain LIKE scan of the dossier.received entries' payloads for the same text.
// Never run by `npm test`; never run unless named.
import { fold } from '../../shared/catalogue/fold';
import type { DossierRecord } from '../../electron/services/intake/dossier-record';
import type { CommandInput, CommandName } from '../../shared/contract/commands';
import { BenchCounter } from './growth-bench';
import { ms, percentile } from './stats';

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lò', 'Cầm', 'Quàng', 'Hà', 'Đinh', 'Mai', 'Trịnh', 'Tạ'];
const middles = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thu', 'Hữu', 'Quốc', 'Thanh', 'Xuân', 'Kim', 'Công', 'Bảo', 'Gia', 'Hồng', 'Anh'];
const givens = [
  'An', 'Anh', 'Bình', 'Chi', 'Cường', 'Dũng', 'Duyên', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hiếu', 'Hoa', 'Hòa', 'Hùng', 'Hương', 'Huy', 'Khánh', 'Lan', 'Linh',
  'Long', 'Mai', 'Minh', 'Nam', 'Nga', 'Ngân', 'Nhung', 'Phong', 'Phương', 'Quân', 'Quang', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Thủy', 'Trang', 'Trung', 'Tuấn', 'Tú',
  'Vân', 'Việt', 'Vinh', 'Yến', 'Đào', 'Định', 'Điệp', 'Khoa', 'Lộc', 'Tiến',
];
const samples = 400;
const peerRuns = 5;

/** A deterministic mix of the serial, so applicants look random but the run repeats. */
const mix = (n: number) => {
  let x = (n ^ 0x9e3779b9) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
};
const pick = <T>(list: readonly T[], n: number) => list[n % list.length]!;

function applicantOf(serial: number, template: DossierRecord['applicant']): DossierRecord['applicant'] {
  const h = mix(serial);
  const name = `${pick(families, h)} ${pick(middles, h >>> 5)} ${pick(givens, h >>> 9)}${h % 3 === 0 ? ` ${pick(givens, h >>> 17)}` : ''}`;
  return { ...template, name, idNumber: `014${h % 2}${String(serial).padStart(8, '0')}`, phone: `09${String(serial).padStart(8, '0')}` };
}

function maxDossiers(): number {
  const i = process.argv.indexOf('--max');
  const n = i < 0 ? 1_000_000 : Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1_000) throw new Error('--max: a whole number of dossiers, at least 1000');
  return n;
}

export async function registerBench(): Promise<void> {
  const max = maxDossiers();
  const c = await BenchCounter.open();
  try {
    const template = (JSON.parse(c.app.services.db.prepare("SELECT payload FROM entries WHERE kind = 'dossier.received'").pluck().get() as string) as DossierRecord).applicant;
    c.fill.applicantOf = (serial) => applicantOf(serial, template);
    const t0 = performance.now();
    c.fill.upTo(max, max);
    console.log(`  ${max.toLocaleString('en')} dossiers filled in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    c.app.services.db.pragma('wal_checkpoint(TRUNCATE)');

    const db = c.app.services.db;
    // Dossiers picked across the whole ledger, oldest to newest.
    const rows = db.prepare('SELECT d.slip_number AS slip, d.s10, l.id_number AS id, l.phone, json_extract(e.payload, \'$.applicant.name\') AS name FROM dossier_lookup l JOIN dossiers d ON d.entry_seq = l.seq JOIN entries e ON e.seq = l.seq WHERE l.seq = ?');
    const maxSeq = db.prepare('SELECT max(seq) FROM dossier_lookup').pluck().get() as number;
    const picked: { slip: string; s10: string; id: string; phone: string; name: string }[] = [];
    for (let i = 0; picked.length < samples; i++) {
      const row = rows.get(1 + (mix(i + 7) % maxSeq)) as (typeof picked)[number] | undefined;
      if (row) picked.push(row);
    }
    const call = async <N extends CommandName>(name: N, input: CommandInput<N>) => {
      const t = performance.now();
      const r = await c.app.dispatch(name, input, { lang: 'vi', via: 'console' });
      const took = performance.now() - t;
      if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
      return { took, value: r.value as never as { hits?: unknown[] } };
    };
    const time = async (query: (p: (typeof picked)[number]) => string) => {
      const out: number[] = [];
      for (const p of picked) {
        const { took, value } = await call('dossiers.find', { query: query(p) });
        if (!value.hits?.length) throw new Error(`no hit for ${query(p)}`);
        out.push(took);
      }
      return out;
    };
    const words = (p: (typeof picked)[number]) => fold(p.name).split(' ');
    const lookups: [string, number[], string][] = [
      ['slip number (dashes as printed)', await time((p) => p.slip), '≤ 5 ms'],
      ['slip number without dashes', await time((p) => p.slip.replaceAll('-', '')), '≤ 5 ms'],
      ['S10', await time((p) => p.s10), '≤ 5 ms'],
      ['CCCD number', await time((p) => p.id), '≤ 5 ms'],
      ['phone (+84 …)', await time((p) => `+84 ${p.phone.slice(1)}`), '≤ 5 ms'],
      ['name, words reversed ("hoa thi nguyen")', await time((p) => words(p).reverse().join(' ')), '≤ 20 ms'],
      ['name, prefixes ("ngu hoa")', await time((p) => `${words(p)[0]!.slice(0, 3)} ${words(p).at(-1)}`), '≤ 20 ms'],
    ];
    const page: number[] = [];
    for (const p of picked) page.push((await call('dossiers.show', { ref: p.slip })).took);
    lookups.push(['dossier page with timeline (dossiers.show)', page, '≤ 20 ms']);

    // The peer: what finding a dossier costs without the register's indexes.
    const like = db.prepare("SELECT seq FROM entries WHERE kind = 'dossier.received' AND payload LIKE ? LIMIT 51");
    const peer: number[] = [];
    for (const p of picked.slice(0, peerRuns)) {
      const t = performance.now();
      like.all(`%${p.id}%`);
      peer.push(performance.now() - t);
    }

    console.log(`\n${samples} lookups of each kind through the dispatcher on ${max.toLocaleString('en')} dossiers; peer: LIKE over the payloads, ${peerRuns} runs`);
    console.log('| lookup | p50 | p95 | max | target p95 | p50 ratio to peer |');
    console.log('|---|---|---|---|---|---|');
    const peerP50 = percentile(peer, 50);
    console.log(`| peer: \`payload LIKE '%CCCD%'\` over dossier.received entries | ${ms(peerP50)} | ${ms(percentile(peer, 95))} | ${ms(Math.max(...peer))} | — | 1 |`);
    for (const [name, took, target] of lookups) {
      console.log(`| ${name} | ${ms(percentile(took, 50))} | ${ms(percentile(took, 95))} | ${ms(Math.max(...took))} | ${target} | ${(percentile(took, 50) / peerP50).toExponential(1)} |`);
    }
  } finally {
    await c.close();
  }
}
