// Thanh toán: cash (what the citizen hands over, and the change from the reviewed total) or a
// bank transfer (its reference).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../../../shared/format';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { currentLanguage } from '../../i18n';
import type { Check } from './field-check';
import { parseWhole, type PaymentDraft } from './intake-draft';

export function PaymentSection(props: {
  payment: PaymentDraft;
  onChange: (payment: PaymentDraft) => void;
  /** The total of the current review; null before a review (or after the form changed). */
  totalVnd: number | null;
  check: Check;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const changeId = useId();
  const p = props.payment;
  const set = (patch: Partial<PaymentDraft>) => props.onChange({ ...p, ...patch });
  const tendered = parseWhole(p.tendered);

  let change: string;
  if (props.totalVnd === null) change = t('intake.payment.changeUnknown');
  else if (p.tendered.trim() === '' || Number.isNaN(tendered)) change = '—';
  else if (tendered < props.totalVnd) change = t('intake.payment.short', { amount: formatVnd(props.totalVnd - tendered, lang) });
  else change = formatVnd(tendered - props.totalVnd, lang);

  return (
    <Section title={t('intake.payment.title')} className="intake-section intake-payment">
      {() => (
        <>
          <fieldset className="radio-group">
            <legend>{t('intake.payment.method')}</legend>
            {(['cash', 'transfer'] as const).map((method) => (
              <label key={method} className="radio">
                <input type="radio" name="paymentMethod" value={method} checked={p.method === method} onChange={() => set({ method })} />
                {t(`intake.payment.${method}`)}
              </label>
            ))}
          </fieldset>
          {props.totalVnd !== null && (
            <p className="intake-payment__due">{t('intake.payment.due', { amount: formatVnd(props.totalVnd, lang) })}</p>
          )}
          {p.method === 'cash' ? (
            <div className="form-grid">
              <Field label={t('intake.payment.tendered')} {...props.check('payment.tenderedVnd')}>
                {(c) => (
                  <input
                    {...c}
                    name="tendered"
                    inputMode="numeric"
                    autoComplete="off"
                    value={p.tendered}
                    onChange={(e) => set({ tendered: e.target.value })}
                  />
                )}
              </Field>
              <div className="field">
                <span className="intake-payment__change-label" id={changeId}>
                  {t('intake.payment.change')}
                </span>
                <output className={`intake-payment__change${props.totalVnd === null ? ' intake-payment__change--none' : ''}`} aria-labelledby={changeId}>
                  {change}
                </output>
              </div>
            </div>
          ) : (
            <div className="form-grid">
              <Field label={t('intake.payment.reference')} {...props.check('payment.reference')}>
                {(c) => (
                  <input {...c} name="reference" autoComplete="off" spellCheck={false} value={p.reference} onChange={(e) => set({ reference: e.target.value })} />
                )}
              </Field>
            </div>
          )}
        </>
      )}
    </Section>
  );
}
