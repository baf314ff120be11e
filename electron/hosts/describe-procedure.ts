import type { CommandOutput } from '../../shared/contract/commands';
import type { Lang } from '../../shared/contract/messages';
import { formatVnd } from '../../shared/format';

/** A procedure as plain text for the console: what a clerk would read aloud. */
export function describeProcedure({ procedure: p, catalogue }: CommandOutput<'catalogue.show'>, lang: Lang): string {
  const vi = lang === 'vi';
  const lines = [
    `${p.name}`,
    `${vi ? 'Mã' : 'Code'}: ${p.code}${p.sampleCode ? (vi ? ' (mã mẫu)' : ' (sample code)') : ''}${catalogue.sample ? (vi ? ' — dữ liệu mẫu' : ' — sample data') : ''}`,
    `${vi ? 'Lĩnh vực' : 'Field'}: ${p.fields.map((f) => f.name).join(', ')}`,
    `${vi ? 'Cơ quan thực hiện' : 'Agency'}: ${p.agencies.join('; ')}`,
    `${vi ? 'Thời hạn giải quyết' : 'Processing time'}: ${p.processing?.text ?? '—'}${p.channel === 3 ? (vi ? ' (qua bưu chính)' : ' (postal)') : ''}`,
    `${vi ? 'Phí, lệ phí' : 'Fees'}: ${p.fees.length ? p.fees.map((f) => `${formatVnd(f.amountVnd, lang)}${f.description ? ` (${f.description})` : ''}`).join('; ') : '—'}`,
  ];
  p.cases.forEach((c, i) => {
    lines.push('', `${vi ? 'Trường hợp' : 'Case'} ${i + 1}${c.name ? `: ${c.name}` : ''}`);
    c.papers.forEach((paper, j) =>
      lines.push(`  ${j + 1}. ${paper.name} — ${paper.originals} ${vi ? 'bản chính' : 'original(s)'}, ${paper.copies} ${vi ? 'bản sao' : 'copy/copies'}${paper.form ? ` [${paper.form}]` : ''}`),
    );
  });
  if (p.results.length) lines.push('', `${vi ? 'Kết quả' : 'Result'}: ${p.results.map((r) => r.name).join('; ')}`);
  if (p.legalBasis.length) lines.push(`${vi ? 'Căn cứ pháp lý' : 'Legal basis'}: ${p.legalBasis.map((l) => `${l.number} ${l.title}`).join('; ')}`);
  return lines.join('\n');
}
