// Thủ tục: the procedure the dossier is for — chosen in the lookup or searched here — with its
// code, agency, processing time and, when it has several, the case (trường hợp) it falls under.
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../../../shared/contract/commands';
import { formatVnd } from '../../../../shared/format';
import { Field } from '../../components/Field';
import { ErrorAlert } from '../../components/Notice';
import { Section } from '../../components/Section';
import { currentLanguage } from '../../i18n';
import type { ChosenProcedure } from '../chosen-procedure';
import { SampleNotice } from '../lookup/SampleNotice';
import type { FieldCheck } from './field-check';
import { ProcedurePicker } from './ProcedurePicker';

type Shown = CommandOutput<'catalogue.show'>;

export function ProcedureSection(props: {
  procedure: ChosenProcedure | null;
  shown: Shown | null;
  loadError: string | null;
  onPick: (chosen: ChosenProcedure) => void;
  onCase: (caseIndex: number) => void;
  onChange: () => void;
  onReloadLatest: () => void;
  check: (path: string) => FieldCheck;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const p = props.procedure;
  const view = props.shown?.procedure ?? null;
  const changed = props.check('snapshotHash');
  const badCase = props.check('caseIndex');
  return (
    <Section title={t('intake.procedure.title')} className="intake-section intake-procedure">
      {() =>
        !p ? (
          <ProcedurePicker onPick={props.onPick} />
        ) : (
          <>
            <SampleNotice catalogue={props.shown?.catalogue} />
            <h3 className="intake-procedure__name" tabIndex={-1} data-autofocus="">
              {p.name}
            </h3>
            <dl className="facts intake-procedure__facts">
              <div className="facts__row">
                <dt>{t('intake.procedure.code')}</dt>
                <dd>{p.code}</dd>
              </div>
              {view && (
                <>
                  <div className="facts__row">
                    <dt>{t('intake.procedure.agency')}</dt>
                    <dd>{view.agencies.join('; ') || t('intake.procedure.notStated')}</dd>
                  </div>
                  <div className="facts__row">
                    <dt>{t('intake.procedure.processing')}</dt>
                    <dd>{view.processing?.text ?? t('intake.procedure.notStated')}</dd>
                  </div>
                  <div className="facts__row">
                    <dt>{t('intake.procedure.fees')}</dt>
                    <dd>
                      {view.fees.every((f) => f.amountVnd === 0)
                        ? t('intake.procedure.free')
                        : view.fees.map((f) => [formatVnd(f.amountVnd, lang), f.description].filter(Boolean).join(' — ')).join('; ')}
                    </dd>
                  </div>
                </>
              )}
            </dl>
            {!view && !props.loadError && (
              <p className="lead" aria-busy="true">
                {t('intake.procedure.loading')}
              </p>
            )}
            <ErrorAlert message={props.loadError} />
            {view && view.cases.length > 1 && (
              <Field label={t('intake.procedure.case')} className="procedure__case" issue={badCase.issue} invalid={badCase.invalid} alertId={badCase.alertId}>
                {(c) => (
                  <select {...c} name="caseIndex" value={p.caseIndex} onChange={(e) => props.onCase(Number(e.target.value))}>
                    {view.cases.map((one, i) => (
                      <option key={i} value={i}>
                        {one.name || t('intake.procedure.caseNumbered', { n: i + 1 })}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            )}
            {view && view.cases.length === 1 && view.cases[0]?.name && <p className="procedure__case-name">{view.cases[0].name}</p>}
            <div className="actions actions--start">
              <button type="button" className="button button--small" onClick={props.onChange}>
                {t('intake.procedure.change')}
              </button>
              {changed.invalid && (
                <button type="button" className="button button--small" data-invalid="true" onClick={props.onReloadLatest}>
                  {t('intake.procedure.reload')}
                </button>
              )}
            </div>
          </>
        )
      }
    </Section>
  );
}
