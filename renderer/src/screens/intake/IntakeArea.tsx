// Tiếp nhận hồ sơ: one scrolling form from the procedure to the receipt — the checklist as
// handed over, the applicant, the service, the envelope's weight and number, fees, payment —
// then the review (intake.quote) and "Lưu và in" (intake.commit), and the dossier received.
// The form's state and actions are in use-intake-form.ts; this is its layout.
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Notice';
import { Section } from '../../components/Section';
import type { AreaId } from '../areas';
import { ApplicantSection } from './ApplicantSection';
import { FeesSection } from './FeesSection';
import { IntakeDone } from './IntakeDone';
import { IntakeSummary } from './IntakeSummary';
import { paperEntry } from './intake-draft';
import { PaperChecklist } from './PaperChecklist';
import { PaymentSection } from './PaymentSection';
import { ProcedureSection } from './ProcedureSection';
import { RecentDossiers } from './RecentDossiers';
import { ServiceSection } from './ServiceSection';
import { useIntakeForm } from './use-intake-form';
import { WeightSection } from './WeightSection';

export function IntakeArea(props: { onOpenArea: (id: AreaId) => void }) {
  const { t } = useTranslation();
  const form = useIntakeForm();
  const missingId = useId();
  const blockedId = useId();
  const { onOpenArea } = props;
  const { draft, procedure, papers, missing, check, blocked, update } = form;

  // Escape goes back to the lookup (the form is kept as it is).
  const away = procedure !== null || form.done !== null;
  useEffect(() => {
    if (!away) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      onOpenArea('lookup');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [away, onOpenArea]);

  return (
    <div className="intake" ref={form.container}>
      {away && (
        <div className="actions actions--start">
          <button type="button" className="button button--small" aria-keyshortcuts="Escape" onClick={() => onOpenArea('lookup')}>
            <span aria-hidden="true">←</span> {t('intake.back')}
            <kbd className="key" aria-hidden="true">
              {t('intake.backHint')}
            </kbd>
          </button>
        </div>
      )}
      {form.done ? (
        <IntakeDone done={form.done} onChange={form.setDone} onNext={form.nextDossier} />
      ) : (
        <form className="intake-form" noValidate onSubmit={(e) => void form.review(e)} aria-busy={form.pending !== null}>
          <ErrorAlert message={form.settings.error ?? form.tariff.error} />
          <ProcedureSection
            procedure={procedure}
            shown={form.shown.data}
            loadError={form.shown.error}
            onPick={form.pick}
            onCase={form.pickCase}
            onChange={form.dropProcedure}
            onReloadLatest={() => void form.reloadLatest()}
            check={check}
          />
          {procedure && (
            <>
              <PaperChecklist
                code={procedure.code}
                caseIndex={procedure.caseIndex}
                papers={papers}
                entry={(index, paper) => paperEntry(draft, index, paper)}
                onEntry={form.setPaper}
                missing={missing}
                applicantName={draft.applicant.name}
                missingId={missingId}
                check={check}
                rowCheck={form.rowCheck}
              />
              <ApplicantSection
                draft={draft}
                onChange={(applicant) => update({ applicant })}
                check={check}
                showAll={form.error !== null}
              />
              <ServiceSection draft={draft} onChange={update} settings={form.settings.data} route={form.route} check={check} />
              <WeightSection
                draft={draft}
                onWeight={(weight) => update({ weight })}
                onS10={(s10) => update({ s10 })}
                settings={form.settings.data}
                check={check}
                showAll={form.error !== null}
                onS10Done={form.finishS10}
              />
              <FeesSection draft={draft} onChange={update} fees={form.view?.fees ?? []} tariff={form.tariff.data} check={check} />
              <PaymentSection
                payment={draft.payment}
                onChange={(payment) => update({ payment })}
                totalVnd={form.currentQuote?.totalVnd ?? null}
                check={check}
              />
              <Section title={t('intake.review.title')} className="intake-section intake-review">
                {() => (
                  <>
                    <div className="actions actions--start">
                      <button type="submit" className="button" aria-busy={form.pending === 'quote'}>
                        {t('intake.review.quote')}
                      </button>
                    </div>
                    {form.quote && <IntakeSummary ref={form.summaryHeading} quote={form.quote} stale={!form.currentQuote} />}
                    <ErrorAlert id={form.alertId} message={form.error?.message} />
                    {form.error?.code === 'IDEMPOTENCY_CONFLICT' && <p className="notice notice--warn">{t('intake.review.conflict')}</p>}
                    {blocked && (
                      <p className="intake-review__blocked" id={blockedId}>
                        {blocked}
                      </p>
                    )}
                    <div className="actions actions--start">
                      <button
                        type="button"
                        className="button button--primary button--large"
                        disabled={blocked !== null}
                        aria-describedby={blocked ? [blockedId, missing.length > 0 ? missingId : null].filter(Boolean).join(' ') : undefined}
                        aria-busy={form.pending === 'commit'}
                        onClick={() => void form.commit()}
                      >
                        {t('intake.review.commit')}
                      </button>
                    </div>
                  </>
                )}
              </Section>
            </>
          )}
        </form>
      )}
      <RecentDossiers />
    </div>
  );
}
