// Phí và cước: the procedure's fee rate, the counts of lines charged on top of it (e.g. each
// certificate from the third), an exemption with the reason the law gives, and the applicant's
// category for a postal-charge exemption. A return only collects no fee (paid at the agency).
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
  /** The procedure's fee lines: alternative rates (the clerk picks the one that applies) and lines charged per unit on top. */
  fees: ProcedureView['fees'];
  tariff: TariffInfo | null;
  check: Check;
}) {
  const { t } = useTranslation();
  const d = props.draft;
  const lang = currentLanguage();
  const exemptions = props.tariff?.exemptions ?? [];
  const rate = (fee: ProcedureView['fees'][number]) => [formatVnd(fee.amountVnd, lang), fee.description].filter(Boolean).join(' — ');
  // Positions are kept: the counter names a line by its place in the record.
  const lines = props.fees.map((fee, index) => ({ fee, index }));
  const rates = lines.filter((l) => !l.fee.additive);
  const additions = lines.filter((l) => l.fee.additive);
  const counts = d.feeAdditions ?? {};
  return (
    <Section title={t('intake.fees.title')} className="intake-section intake-fees">
      {() => (
        <div className="form-grid">
          {d.service === 'return' ? (
            <p className="span-2 intake-fees__rate">{t('intake.fees.paidAtAgency')}</p>
          ) : rates.length > 1 ? (
            <Field label={t('intake.fees.rate')} className="span-2" {...props.check('feeIndex')}>
              {(c) => (
                <select
                  {...c}
                  name="feeIndex"
                  value={d.feeIndex ?? ''}
                  onChange={(e) => props.onChange({ feeIndex: e.target.value === '' ? null : Number(e.target.value) })}
                >
                  <option value="">{t('intake.fees.chooseRate')}</option>
                  {rates.map(({ fee, index }) => (
                    <option key={index} value={index}>
                      {rate(fee)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            rates[0] && (
              <p className="span-2 intake-fees__rate">
                {t('intake.fees.oneRate', { rate: rate(rates[0].fee) })}
              </p>
            )
          )}
          {d.service !== 'return' &&
            additions.map(({ fee, index }) => (
              <Field
                key={index}
                label={t('intake.fees.addition', { rate: rate(fee) })}
                hint={t('intake.fees.additionHint')}
                className="span-2"
                {...props.check('feeAdditions')}
              >
                {(c) => (
                  <input
                    {...c}
                    name={`feeAddition-${index}`}
                    inputMode="numeric"
                    autoComplete="off"
                    value={counts[String(index)] ?? ''}
                    onChange={(e) => props.onChange({ feeAdditions: { ...counts, [String(index)]: e.target.value } })}
                  />
                )}
              </Field>
            ))}
          {d.service !== 'return' && (
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
          )}
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
