// The checklist of one case: each paper with how many originals and copies and its form, and a
// tick for the papers the citizen still lacks (they go on the guidance slip).
import { useTranslation } from 'react-i18next';
import type { ProcedureView } from '../../../../shared/contract/commands';

type Paper = ProcedureView['cases'][number]['papers'][number];

export function PaperTable(props: {
  labelledBy: string;
  papers: readonly Paper[];
  missing: ReadonlySet<number>;
  onToggle: (index: number, missing: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table papers" aria-labelledby={props.labelledBy}>
        <thead>
          <tr>
            <th scope="col" className="papers__index">
              <span className="visually-hidden">#</span>
            </th>
            <th scope="col">{t('lookup.paper')}</th>
            <th scope="col" className="num">{t('lookup.originals')}</th>
            <th scope="col" className="num">{t('lookup.copies')}</th>
            <th scope="col">{t('lookup.form')}</th>
            <th scope="col" className="papers__tick">{t('lookup.missing')}</th>
          </tr>
        </thead>
        <tbody>
          {props.papers.map((paper, index) => {
            const missing = props.missing.has(index);
            return (
              <tr key={index} className={missing ? 'papers__row--missing' : undefined}>
                <td className="papers__index">{index + 1}</td>
                <th scope="row" className="papers__name">
                  {paper.name}
                  {paper.code && <span className="papers__code">{paper.code}</span>}
                </th>
                <td className="num">{paper.originals}</td>
                <td className="num">{paper.copies}</td>
                <td className="papers__form">{paper.form ?? '—'}</td>
                <td className="papers__tick">
                  <label className="papers__tick-area">
                    <input
                      type="checkbox"
                      checked={missing}
                      aria-label={t('lookup.missingFor', { name: paper.name })}
                      onChange={(e) => props.onToggle(index, e.target.checked)}
                    />
                  </label>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
