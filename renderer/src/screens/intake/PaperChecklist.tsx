// Thành phần hồ sơ: the case's checklist as the clerk receives it — each paper ticked as handed
// over, with the originals and copies counted. A required paper not handed over stops the
// dossier (it cannot be sent) and offers the guidance slip for the citizen instead.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isOptionalPaper } from '../../../../shared/catalogue/optional-paper';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Section } from '../../components/Section';
import { useAction } from '../../hooks/use-action';
import { downloadPdf } from '../lookup/download-pdf';
import type { Check } from './field-check';
import type { Paper, PaperEntry } from './intake-draft';

export function PaperChecklist(props: {
  code: string;
  caseIndex: number;
  papers: readonly Paper[] | null;
  entry: (index: number, paper: Paper) => PaperEntry;
  onEntry: (index: number, entry: PaperEntry) => void;
  /** Required papers not ticked. */
  missing: readonly { index: number; paper: Paper }[];
  applicantName: string;
  /** The id of the sentence saying how many required papers are missing, for the save button's description. */
  missingId: string;
  check: Check;
  /** The counter's refusal of a row's counts, by checklist position. */
  rowCheck: (index: number) => ReturnType<Check>;
}) {
  const { t } = useTranslation();
  const slip = useAction('catalogue.guidanceSlip');
  const [made, setMade] = useState<string | null>(null);
  const hintId = useId();
  const papersCheck = props.check('papers');
  const missingSet = new Set(props.missing.map((m) => m.index));

  async function printSlip() {
    setMade(null);
    const missing = [...new Set(props.missing.map((m) => m.paper.code ?? m.paper.name))];
    const name = props.applicantName.trim();
    const result = await slip.run({ code: props.code, caseIndex: props.caseIndex, missing, ...(name ? { applicantName: name } : {}) });
    if (result?.ok) {
      downloadPdf(result.value.fileName, result.value.pdfBase64);
      setMade(result.value.fileName);
    }
  }

  return (
    <Section title={t('intake.papers.title')} className="intake-section intake-papers">
      {(headingId) =>
        props.papers === null ? (
          <p className="lead" aria-busy="true">
            {t('intake.procedure.loading')}
          </p>
        ) : props.papers.length === 0 ? (
          <p className="notice">{t('intake.papers.none')}</p>
        ) : (
          <>
            <p className="table-hint" id={hintId}>
              {t('intake.papers.hint')}
            </p>
            <div className="table-wrap">
              <table className="table papers intake-papers__table" aria-labelledby={headingId} aria-describedby={hintId}>
                <thead>
                  <tr>
                    <th scope="col" className="papers__index">
                      <span className="visually-hidden">#</span>
                    </th>
                    <th scope="col" className="papers__tick">{t('intake.papers.submitted')}</th>
                    <th scope="col">{t('intake.papers.paper')}</th>
                    <th scope="col" className="num">{t('intake.papers.originals')}</th>
                    <th scope="col" className="num">{t('intake.papers.copies')}</th>
                  </tr>
                </thead>
                <tbody>
                  {props.papers.map((paper, index) => (
                    <PaperRow
                      key={index}
                      index={index}
                      paper={paper}
                      entry={props.entry(index, paper)}
                      onEntry={(e) => props.onEntry(index, e)}
                      missingMarked={missingSet.has(index) && papersCheck.invalid}
                      counts={props.rowCheck(index)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
            {props.missing.length > 0 ? (
              <div className="intake-papers__missing">
                <p className="notice notice--warn" id={props.missingId}>
                  {t('intake.papers.missing', { count: props.missing.length })}
                </p>
                <div className="actions actions--start">
                  <button type="button" className="button" aria-busy={slip.pending} onClick={() => void printSlip()}>
                    {t('intake.papers.printSlip')}
                  </button>
                </div>
              </div>
            ) : (
              <p className="intake-papers__complete">{t('intake.papers.complete')}</p>
            )}
            <SuccessStatus message={made && t('intake.papers.slipReady', { fileName: made })} />
            <ErrorAlert message={slip.error?.message} />
          </>
        )
      }
    </Section>
  );
}

function PaperRow(props: {
  index: number;
  paper: Paper;
  entry: PaperEntry;
  onEntry: (entry: PaperEntry) => void;
  missingMarked: boolean;
  counts: ReturnType<Check>;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const { paper, entry } = props;
  const optional = isOptionalPaper(paper.name);
  const check = props.counts;
  const issueId = check.issue ? `${nameId}-issue` : undefined;
  const count = (field: 'originals' | 'copies') => (
    <input
      type="number"
      inputMode="numeric"
      min={0}
      max={99}
      step={1}
      className="intake-papers__count"
      aria-label={t(`intake.papers.${field}`)}
      aria-describedby={[nameId, issueId ?? (check.invalid ? check.alertId : undefined)].filter(Boolean).join(' ')}
      aria-invalid={check.invalid || undefined}
      disabled={!entry.submitted}
      value={entry[field]}
      onChange={(e) => props.onEntry({ ...entry, [field]: e.target.value })}
    />
  );
  return (
    <tr className={entry.submitted ? 'papers__row--given' : undefined}>
      <td className="papers__index">{props.index + 1}</td>
      <td className="papers__tick">
        <label className="papers__tick-area">
          <input
            type="checkbox"
            checked={entry.submitted}
            aria-label={paper.name}
            aria-invalid={props.missingMarked || undefined}
            onChange={(e) => props.onEntry({ ...entry, submitted: e.target.checked })}
          />
        </label>
      </td>
      <th scope="row" className="papers__name" id={nameId}>
        {paper.name}
        {paper.code && <span className="papers__code">{paper.code}</span>}
        {optional && <span className="badge badge--off intake-papers__optional">{t('intake.papers.optional')}</span>}
        {issueId && (
          <span className="field__issue intake-papers__issue" id={issueId}>
            {check.issue}
          </span>
        )}
      </th>
      <td className="num">{count('originals')}</td>
      <td className="num">{count('copies')}</td>
    </tr>
  );
}
