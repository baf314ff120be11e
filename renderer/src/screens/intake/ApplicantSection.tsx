// Người gửi: the person or organisation handing in the dossier, with the identity paper and
// phone checked as typed by the same rules the counter applies.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { idKinds } from '../../../../shared/identity/identity-number';
import { Field } from '../../components/Field';
import { IdKindSelect } from '../../components/IdKindSelect';
import { Section } from '../../components/Section';
import { currentLanguage } from '../../i18n';
import { withLocal, type Check } from './field-check';
import { defaultIdKind, localProblem, needsConfirmation, type ApplicantDraft, type ApplicantKind, type CheckedField, type IntakeDraft } from './intake-draft';

export function ApplicantSection(props: {
  draft: IntakeDraft;
  onChange: (applicant: ApplicantDraft) => void;
  check: Check;
  /** A save or review was tried: every local check shows, not only those of fields already left. */
  showAll: boolean;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const a = props.draft.applicant;
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const leave = (field: string) => () => setLeft((s) => (s.has(field) ? s : new Set(s).add(field)));
  const set = (patch: Partial<ApplicantDraft>) => props.onChange({ ...a, ...patch });

  function setKind(kind: ApplicantKind) {
    // The identity paper follows the kind while it is still the other kind's usual one.
    const idKind = a.idKind === defaultIdKind(a.kind) ? defaultIdKind(kind) : a.idKind;
    set({ kind, idKind });
  }

  const checked = (path: CheckedField) =>
    withLocal(props.check(path), localProblem(path, props.draft, lang), props.showAll || left.has(path));

  return (
    <Section title={t('intake.applicant.title')} className="intake-section intake-applicant">
      {() => (
        <>
          <fieldset className="radio-group">
            <legend>{t('intake.applicant.kind')}</legend>
            {(['person', 'organisation'] as const).map((kind) => (
              <label key={kind} className="radio">
                <input type="radio" name="applicantKind" value={kind} checked={a.kind === kind} onChange={() => setKind(kind)} />
                {t(`intake.applicant.${kind}`)}
              </label>
            ))}
          </fieldset>
          <div className="form-grid">
            <Field
              label={a.kind === 'person' ? t('intake.applicant.name') : t('intake.applicant.orgName')}
              className="span-2"
              {...props.check('applicant.name')}
            >
              {(c) => (
                <input {...c} name="applicantName" autoComplete="off" value={a.name} onChange={(e) => set({ name: e.target.value })} />
              )}
            </Field>
            <Field label={t('intake.applicant.idKind')} {...props.check('applicant.idKind')}>
              {(c) => <IdKindSelect control={c} name="idKind" kinds={idKinds} value={a.idKind} onChange={(idKind) => set({ idKind, idNumberConfirmed: false })} />}
            </Field>
            <Field label={t('intake.applicant.idNumber')} {...checked('applicant.idNumber')}>
              {(c) => (
                <input
                  {...c}
                  name="idNumber"
                  autoComplete="off"
                  spellCheck={false}
                  inputMode={a.idKind === 'passport' ? 'text' : 'numeric'}
                  value={a.idNumber}
                  onChange={(e) => set({ idNumber: e.target.value, idNumberConfirmed: false })}
                  onBlur={leave('applicant.idNumber')}
                />
              )}
            </Field>
            {/* A country code where the province code usually stands is asked about, not refused: the clerk confirms it against the card. */}
            {needsConfirmation(a) && (
              <label className="checkbox span-2 intake-applicant__confirm">
                <input
                  type="checkbox"
                  name="idNumberConfirmed"
                  checked={a.idNumberConfirmed === true}
                  onChange={(e) => set({ idNumberConfirmed: e.target.checked })}
                />
                {t('intake.applicant.idConfirm')}
              </label>
            )}
            <Field label={t('intake.applicant.phone')} {...checked('applicant.phone')}>
              {(c) => (
                <input
                  {...c}
                  name="phone"
                  type="tel"
                  autoComplete="off"
                  value={a.phone}
                  onChange={(e) => set({ phone: e.target.value })}
                  onBlur={leave('applicant.phone')}
                />
              )}
            </Field>
            <Field label={t('intake.applicant.email')} hint={t('intake.applicant.emailHint')} {...checked('applicant.email')}>
              {(c) => (
                <input
                  {...c}
                  name="email"
                  type="email"
                  autoComplete="off"
                  spellCheck={false}
                  value={a.email}
                  onChange={(e) => set({ email: e.target.value })}
                  onBlur={leave('applicant.email')}
                />
              )}
            </Field>
            <Field label={t('intake.applicant.address')} className="span-2" {...props.check('applicant.address')}>
              {(c) => (
                <input {...c} name="address" autoComplete="off" value={a.address} onChange={(e) => set({ address: e.target.value })} />
              )}
            </Field>
          </div>
        </>
      )}
    </Section>
  );
}
