// Closing a drawer: the cash counted note by note beside what the ledger expects, the difference
// live; a difference needs a reason, and above the tolerance a manager's id and PIN typed on this
// same screen (a signed-in manager approves by closing). The counter decides; this form only
// shows the person what it will ask for.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { coinValues, noteValues, type DrawerSession } from '../../../../shared/contract/day';
import type { Lang } from '../../../../shared/contract/messages';
import { formatVnd } from '../../../../shared/format';
import { Field } from '../../components/Field';
import { ManagerApprovalFields, useManagers } from '../../components/ManagerApproval';
import { ErrorAlert } from '../../components/Notice';
import { issueFor, useAction } from '../../hooks/use-action';
import { useDraft } from '../../hooks/use-draft';
import { readCounts } from './count-input';
import { DenominationCount, formatSigned } from './DenominationCount';
import { emptyDrawer, toDrawerCount, type TypedDrawer } from './drawer-count';

export function CloseDrawerForm(props: { drawer: DrawerSession; toleranceVnd: number | null; signedInAsManager: boolean; title: string; onClosed(message: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const closing = useAction('drawer.close');
  const { drawer } = props;
  const [typed, setTyped] = useDraft<TypedDrawer>(`endOfDay.count.${drawer.drawerId}`, emptyDrawer);
  const [reason, setReason] = useState('');
  // The managers to choose from, and the name of whoever approved once closed (a signed-in
  // manager approves by closing, so their name is needed too).
  const managers = useManagers();
  const [managerId, setManagerId] = useState('');
  const [managerPin, setManagerPin] = useState('');
  const [refused, setRefused] = useState(false);

  const countedVnd = readCounts(noteValues, typed.notes).totalVnd + readCounts(coinValues, typed.coins).totalVnd;
  const difference = countedVnd - drawer.expectedVnd;
  const needsManager = !props.signedInAsManager && props.toleranceVnd !== null && Math.abs(difference) > props.toleranceVnd;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const count = toDrawerCount(typed);
    setRefused(count === null);
    if (!count) return;
    const approval = needsManager && managerId ? { managerId, managerPin } : {};
    const result = await closing.run({ drawerId: drawer.drawerId, count, reason: reason.trim() === '' ? null : reason, ...approval });
    // The PIN is never kept once sent, right or wrong.
    setManagerPin('');
    if (result?.ok) {
      const v = result.value;
      setTyped(emptyDrawer);
      props.onClosed(
        [
          t('endOfDay.drawer.close.closed', { counted: formatVnd(v.countedVnd, lang), expected: formatVnd(v.expectedVnd, lang), difference: formatSigned(v.differenceVnd, lang) }),
          v.approvedBy ? t('endOfDay.drawer.close.approvedBy', { name: managers.find((m) => m.id === v.approvedBy)?.name ?? v.approvedBy }) : '',
        ]
          .filter((part) => part !== '')
          .join(' '),
      );
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={closing.pending} aria-label={props.title}>
      <h3>{props.title}</h3>
      <DenominationCount
        caption={t('endOfDay.drawer.close.caption')}
        notes={noteValues}
        coins={coinValues}
        typed={typed.notes}
        coinsTyped={typed.coins}
        expectedVnd={drawer.expectedVnd}
        onChange={(notes, coins) => setTyped({ notes, coins })}
      />
      <div className="form-grid">
        <Field label={t('endOfDay.drawer.close.reason')} hint={t('endOfDay.drawer.close.reasonHint')} issue={issueFor(closing.error, 'reason')}>
          {(c) => <input {...c} name="differenceReason" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />}
        </Field>
      </div>
      {needsManager && (
        <fieldset>
          <legend>{t('endOfDay.drawer.close.approval', { amount: formatSigned(difference, lang), tolerance: formatVnd(props.toleranceVnd ?? 0, lang) })}</legend>
          <div className="form-grid">
            <ManagerApprovalFields
              managers={managers}
              managerId={managerId}
              onManagerId={setManagerId}
              pin={managerPin}
              onPin={setManagerPin}
              labels={{ manager: t('endOfDay.drawer.close.manager'), none: t('endOfDay.drawer.close.managerNone'), pin: t('endOfDay.drawer.close.managerPin') }}
              names={{ manager: 'approvingManager', pin: 'approvingManagerPin' }}
              issues={{ manager: issueFor(closing.error, 'managerId'), pin: issueFor(closing.error, 'managerPin') }}
            />
          </div>
        </fieldset>
      )}
      <ErrorAlert message={refused ? t('endOfDay.count.fixFirst') : closing.error?.message} />
      <div className="actions actions--start">
        <button type="submit" className="button button--primary">
          {t('endOfDay.drawer.close.submit')}
        </button>
      </div>
    </form>
  );
}
