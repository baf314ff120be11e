// The review before saving: what is charged (fees and postage, the total), the weight, the
// expected result date and how it was reached, papers still missing, and the applicant's
// receipt as it will print (the slip number not yet issued).
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeQuote } from '../../../../shared/contract/commands';
import { formatVnd } from '../../../../shared/format';
import { ReceiptPreview } from '../../components/ReceiptPreview';
import { currentLanguage } from '../../i18n';
import { formatGrams } from '../devices/scale-text';
import { formatDay } from './intake-text';

export const IntakeSummary = forwardRef<HTMLHeadingElement, { quote: IntakeQuote; stale: boolean }>(function IntakeSummary(props, heading) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const q = props.quote;
  const due = q.due;
  const vnd = (n: number) => formatVnd(n, lang);
  return (
    <div className={`intake-summary${props.stale ? ' intake-summary--stale' : ''}`}>
      <h3 ref={heading} tabIndex={-1} className="intake-summary__title">
        {t('intake.review.summary')}
      </h3>
      {props.stale && <p className="notice notice--warn">{t('intake.review.stale')}</p>}
      <div className="intake-summary__grid">
        <div className="intake-summary__figures">
          <table className="table intake-summary__money" aria-label={t('intake.review.money')}>
            <tbody>
              <tr className="intake-summary__group">
                <th scope="rowgroup" colSpan={2}>
                  {t('intake.review.fees')}
                  {q.fees.exempt && <span className="badge badge--on"> {t('intake.review.feesExempt')}</span>}
                </th>
              </tr>
              {q.fees.lines.length === 0 && (
                <tr>
                  <td>{t('intake.review.noLines')}</td>
                  <td className="num">{vnd(0)}</td>
                </tr>
              )}
              {q.fees.lines.map((line, i) => (
                <tr key={`f${i}`}>
                  <td>{line.label}</td>
                  <td className="num">{vnd(line.vnd)}</td>
                </tr>
              ))}
              <tr className="intake-summary__group">
                <th scope="rowgroup" colSpan={2}>
                  {t('intake.review.postal')}{' '}
                  <span className="intake-summary__tariff">
                    {t('intake.review.tariff', { version: q.postal.tariffVersion })}
                    {q.postal.sample && ` ${t('intake.review.sampleTariff')}`}
                  </span>
                </th>
              </tr>
              {q.postal.lines.map((line, i) => (
                <tr key={`p${i}`}>
                  <td>{line.label}</td>
                  <td className="num">{vnd(line.vnd)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr className="intake-summary__total">
                <th scope="row">{t('intake.review.total')}</th>
                <td className="num">{vnd(q.totalVnd)}</td>
              </tr>
            </tfoot>
          </table>

          <dl className="facts intake-summary__facts">
            <div className="facts__row">
              <dt>{t('intake.review.weight')}</dt>
              <dd>{formatGrams(q.weightGrams, lang)}</dd>
            </div>
            <div className="facts__row">
              <dt>{t('intake.review.dueDate')}</dt>
              <dd>
                <strong className="intake-summary__due">{formatDay(due.dueDate, lang)}</strong>
              </dd>
            </div>
          </dl>
          <h4 className="intake-summary__subtitle">{t('intake.review.dueSteps')}</h4>
          <ol className="intake-summary__steps">
            <li>
              {t('intake.review.receiptDay', { date: formatDay(due.receiptDay, lang) })}
              {due.afterCutoff && <span className="facts__note">{t('intake.review.afterCutoff')}</span>}
            </li>
            <li>{t('intake.review.atAgency', { date: formatDay(due.atAgencyBy, lang), count: due.transitToAgencyDays })}</li>
            <li>
              {t('intake.review.decided', { date: formatDay(due.decidedBy, lang) })}
              {due.processingAmount !== null &&
                ` (${t(due.processingUnit === 'workingDays' ? 'intake.review.workingDays' : 'intake.review.days', { count: due.processingAmount })})`}
            </li>
            <li>{t('intake.review.returned', { date: formatDay(due.dueDate, lang), count: due.returnTransitDays })}</li>
          </ol>
          {q.missingPapers.length > 0 && (
            <>
              <h4 className="intake-summary__subtitle">{t('intake.review.missing')}</h4>
              <ul className="intake-summary__missing">
                {q.missingPapers.map((p) => (
                  <li key={p.index}>{p.name}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <div className="intake-summary__preview">
          <h4 className="intake-summary__subtitle">{t('intake.review.preview')}</h4>
          <ReceiptPreview document={q.preview} />
        </div>
      </div>
    </div>
  );
});
