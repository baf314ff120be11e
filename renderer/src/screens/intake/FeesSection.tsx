// Phí và cước: an exemption from the procedure's fees (with the reason the law gives) and the
// applicant's category for a postal-charge exemption, from the tariff in force.
import { useTranslation } from 'react-i18next';
import type { CommandOutput, ProcedureView } from '../../../../shared/contract/commands';
import { formatVnd } from '../../../../shared/format';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { currentLanguage } from '../../i18n';
import type { Check } from './field-check';
import type { IntakeDraft } from './intake-draft';

type TariffInfo = CommandOutput<'tariff.info'>;

export function FeesSection(props: {
  draft: IntakeDraft;
  onChange: (patch: Partial<IntakeDraft>) => void;
  /** The procedure's fee rates (alternatives: the clerk picks the one that applies). */
  fees: ProcedureView['fees'];
  tariff: TariffInfo | null;
  check: Check;
}) {
  const { t } = useTranslation();
  const d = props.draft;
  const lang = currentLanguage();
  const exemptions = props.tariff?.exemptions ?? [];
  const rate = (fee: ProcedureView['fees'][number]) => [formatVnd(fee.amountVnd, lang), fee.description].filter(Boolean).join(' — ');
  return (
    <Section title={t('intake.fees.title')} className="intake-section intake-fees">
      {() => (
        <div className="form-grid">
          {props.fees.length > 1 ? (
            <Field label={t('intake.fees.rate')} className="span-2" {...props.check('feeIndex')}>
              {(c) => (
                <select
                  {...c}
                  name="feeIndex"
                  value={d.feeIndex ?? ''}
                  onChange={(e) => props.onChange({ feeIndex: e.target.value === '' ? null : Number(e.target.value) })}
                >
                  <option value="">{t('intake.fees.chooseRate')}</option>
                  {props.fees.map((fee, i) => (
                    <option key={i} value={i}>
                      {rate(fee)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            props.fees.length === 1 &&
            props.fees[0] && (
              <p className="span-2 intake-fees__rate">
                {t('intake.fees.oneRate', { rate: rate(props.fees[0]) })}
              </p>
            )
          )}
          <div className="intake-fees__exempt">
            <label className="checkbox">
              <input type="checkbox" name="feeExempt" checked={d.feeExempt} onChange={(e) => props.onChange({ feeExempt: e.target.checked })} />
              {t('intake.fees.exempt')}
            </label>
            {d.feeExempt && (
              <Field label={t('intake.fees.reason')} {...props.check('feeExemptionReason')}>
                {(c) => (
                  <input
                    {...c}
                    name="feeExemptionReason"
                    autoComplete="off"
                    value={d.feeExemptionReason}
                    onChange={(e) => props.onChange({ feeExemptionReason: e.target.value })}
                  />
                )}
              </Field>
            )}
          </div>
          <Field label={t('intake.fees.category')} {...props.check('applicantCategory')}>
            {(c) => (
              <select {...c} name="applicantCategory" value={d.applicantCategory} onChange={(e) => props.onChange({ applicantCategory: e.target.value })}>
                <option value="">{t('intake.fees.noCategory')}</option>
                {exemptions.map((x) => (
                  <option key={x.category} value={x.category}>
                    {x.name}
                  </option>
                ))}
                {d.applicantCategory !== '' && !exemptions.some((x) => x.category === d.applicantCategory) && (
                  <option value={d.applicantCategory}>{d.applicantCategory}</option>
                )}
              </select>
            )}
          </Field>
        </div>
      )}
    </Section>
  );
}
