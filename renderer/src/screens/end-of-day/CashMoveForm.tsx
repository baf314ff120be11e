// Cash paid out of the drawer (into the bank, the safe) or into it (change topped up), with a reason.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/contract/messages';
import { formatVnd } from '../../../../shared/format';
import { Field } from '../../components/Field';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { fieldInvalid, issueFor, localError, useAction } from '../../hooks/use-action';
import { readVnd } from './count-input';

export function CashMoveForm(props: { drawerId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const moving = useAction('drawer.cashMove');
  const [direction, setDirection] = useState<'in' | 'out'>('out');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const amountVnd = readVnd(amount);
    if (Number.isNaN(amountVnd)) return moving.setError(localError(t('endOfDay.drawer.move.badAmount'), ['amountVnd']));
    const result = await moving.run({ drawerId: props.drawerId, direction, amountVnd, reason });
    if (result?.ok) {
      setDone(t(direction === 'out' ? 'endOfDay.drawer.move.doneOut' : 'endOfDay.drawer.move.doneIn', { amount: formatVnd(amountVnd, lang) }));
      setAmount('');
      setReason('');
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={moving.pending} aria-label={t('endOfDay.drawer.move.title')}>
      <h3>{t('endOfDay.drawer.move.title')}</h3>
      <div className="form-grid form-grid--3">
        <Field label={t('endOfDay.drawer.move.direction')}>
          {(c) => (
            <select {...c} name="cashDirection" value={direction} onChange={(e) => setDirection(e.target.value as 'in' | 'out')}>
              <option value="out">{t('endOfDay.drawer.move.out')}</option>
              <option value="in">{t('endOfDay.drawer.move.in')}</option>
            </select>
          )}
        </Field>
        <Field label={t('endOfDay.drawer.move.amount')} issue={issueFor(moving.error, 'amountVnd')} invalid={fieldInvalid(moving.error, 'amountVnd')}>
          {(c) => <input {...c} name="cashAmount" inputMode="numeric" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} />}
        </Field>
        <Field label={t('endOfDay.drawer.move.reason')} issue={issueFor(moving.error, 'reason')}>
          {(c) => <input {...c} name="cashReason" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      <ErrorAlert message={moving.error?.message} />
      <SuccessStatus message={done} />
      <div className="actions actions--start">
        <button type="submit" className="button">
          {t('endOfDay.drawer.move.submit')}
        </button>
      </div>
    </form>
  );
}
