// One procedure opened from the results: its particulars, the checklist of papers for the
// chosen case, and the guidance slip listing what the citizen still has to bring.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Field } from '../../components/Field';
import { useAction } from '../../hooks/use-action';
import { useDraft } from '../../hooks/use-draft';
import { useQuery } from '../../hooks/use-query';
import type { ChosenProcedure } from '../chosen-procedure';
import { downloadPdf } from './download-pdf';
import { PaperTable } from './PaperTable';
import { ProcedureFacts } from './ProcedureFacts';
import { SampleNotice } from './SampleNotice';

/** The clerk's choices on the open procedure, kept through a screen lock. */
interface Picks {
  code: string;
  caseIndex: number;
  /** Indexes of the papers ticked as missing in the chosen case. */
  missing: number[];
}

export function ProcedureDetail(props: {
  code: string;
  onBack: () => void;
  onStartIntake: (chosen: ChosenProcedure) => void;
}) {
  const { t } = useTranslation();
  const { code, onBack } = props;
  const shown = useQuery('catalogue.show', { code });
  const [kept, setPicks] = useDraft<Picks>('lookup.picks', { code, caseIndex: 0, missing: [] });
  const picks = kept.code === code ? kept : { code, caseIndex: 0, missing: [] };
  const slip = useAction('catalogue.guidanceSlip');
  const [made, setMade] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusedFor = useRef<string | null>(null);
  const headingId = useId();
  const papersId = useId();

  const data = shown.data?.procedure.code === code ? shown.data : null;
  const procedure = data?.procedure;

  // Opening a procedure puts the cursor at its name, so a screen reader starts there.
  useEffect(() => {
    if (procedure && focusedFor.current !== procedure.code) {
      focusedFor.current = procedure.code;
      heading.current?.focus();
    }
  }, [procedure]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      onBack();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onBack]);

  const caseIndex = procedure && picks.caseIndex < procedure.cases.length ? picks.caseIndex : 0;
  const theCase = procedure?.cases[caseIndex];
  const missing = new Set(picks.missing);

  function chooseCase(index: number) {
    setPicks({ code, caseIndex: index, missing: [] });
    setMade(null);
  }

  function toggle(index: number, isMissing: boolean) {
    setPicks({
      code,
      caseIndex,
      missing: isMissing ? [...new Set([...picks.missing, index])].sort((a, b) => a - b) : picks.missing.filter((i) => i !== index),
    });
  }

  async function printSlip() {
    if (!theCase) return;
    setMade(null);
    const names = picks.missing.flatMap((i) => (theCase.papers[i] ? [theCase.papers[i].name] : []));
    const result = await slip.run({ code, caseIndex, missing: [...new Set(names)] });
    if (result?.ok) {
      downloadPdf(result.value.fileName, result.value.pdfBase64);
      setMade(result.value.fileName);
    }
  }

  return (
    <div className="lookup-detail">
      <SampleNotice catalogue={data?.catalogue} />
      <div className="actions actions--start">
        <button type="button" className="button button--small" aria-keyshortcuts="Escape" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('lookup.back')}
          <kbd className="key" aria-hidden="true">
            {t('lookup.backHint')}
          </kbd>
        </button>
      </div>
      <ErrorAlert message={shown.error} />
      {!procedure && !shown.error && <p className="lead" aria-busy="true">{t('lookup.loading')}</p>}
      {procedure && data && (
        <article className="procedure" aria-labelledby={headingId}>
          <h2 id={headingId} ref={heading} tabIndex={-1} data-autofocus="">
            {procedure.name}
          </h2>
          <p className="procedure__code">
            {t('lookup.code')}: <strong>{procedure.code}</strong>
            {procedure.sampleCode && <span className="procedure__sample"> {t('lookup.sampleCode')}</span>}
          </p>
          <ProcedureFacts procedure={procedure} />

          <section className="procedure__papers" aria-labelledby={papersId}>
            <h3 id={papersId}>{t('lookup.papers')}</h3>
            {procedure.cases.length > 1 && (
              <Field label={t('lookup.case')} className="procedure__case">
                {(control) => (
                  <select {...control} value={caseIndex} onChange={(e) => chooseCase(Number(e.target.value))}>
                    {procedure.cases.map((c, i) => (
                      <option key={i} value={i}>
                        {c.name || t('lookup.caseNumbered', { n: i + 1 })}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {procedure.cases.length === 1 && theCase?.name && <p className="procedure__case-name">{theCase.name}</p>}
            {theCase && theCase.papers.length > 0 ? (
              <>
                <p className="table-hint">{t('lookup.papersHint')}</p>
                <PaperTable labelledBy={papersId} papers={theCase.papers} missing={missing} onToggle={toggle} />
                {missing.size > 0 && (
                  <p className="procedure__missing">
                    {t('lookup.missingCount', { count: missing.size, total: theCase.papers.length })}
                  </p>
                )}
              </>
            ) : (
              <p className="notice">{t('lookup.noPapers')}</p>
            )}
          </section>

          <div className="actions actions--start procedure__actions">
            {theCase && (
              <button type="button" className="button button--primary" aria-busy={slip.pending} onClick={() => void printSlip()}>
                {t('lookup.printSlip')}
              </button>
            )}
            <button
              type="button"
              className="button"
              onClick={() =>
                props.onStartIntake({
                  code: procedure.code,
                  name: procedure.name,
                  caseIndex,
                  versionId: data.catalogue.versionId,
                  snapshotHash: data.snapshotHash,
                })
              }
            >
              {t('lookup.startIntake')}
            </button>
          </div>
          <SuccessStatus message={made && t('lookup.slipReady', { fileName: made })} />
          <ErrorAlert message={slip.error?.message} />
        </article>
      )}
    </div>
  );
}
