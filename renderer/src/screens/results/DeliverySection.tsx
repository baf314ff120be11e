// Home delivery of results (Alt+3): what waits to go out and what is out on a round, then three
// keyboard forms — put scanned slips on a round, record an attempt at the door (delivered to
// whom, or why not), and take an undelivered dossier back to the counter or the agency. The
// counter enforces the attempts the rules allow; this screen shows its words.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayVi } from '../../../../shared/calendar/day';
import type { CommandOutput } from '../../../../shared/contract/commands';
import { deliveryFailureLabels, dossierStatusLabels, type Lang } from '../../../../shared/contract/messages';
import { deliveryFailureReasons, type DeliveryFailureReason } from '../../../../shared/delivery/delivery-rules';
import { idKinds, type IdKind } from '../../../../shared/identity/identity-number';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Field } from '../../components/Field';
import { IdKindSelect } from '../../components/IdKindSelect';
import { Section } from '../../components/Section';
import { TableStateRow } from '../../components/TableStateRow';
import { issueFor, useAction } from '../../hooks/use-action';
import { useQuery } from '../../hooks/use-query';

export function DeliverySection() {
  const { t } = useTranslation();
  const list = useQuery('delivery.list', {}, { onLedgerAppended: true });
  const rows = list.data?.dossiers ?? [];
  return (
    <Section title={t('delivery.title')}>
      {() => (
        <>
          <div className="table-wrap">
          <table className="table">
            <caption>{t('delivery.listCaption')}</caption>
            <thead>
              <tr>
                {(['slip', 's10', 'applicant', 'address', 'status', 'round', 'attempts'] as const).map((c) => (
                  <th key={c} scope="col">
                    {t(`delivery.col.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <TableStateRow columns={7} loading={!list.data && !list.error} empty={rows.length === 0} loadingText={t('delivery.loading')} emptyText={t('delivery.empty')} />
              {rows.map((d) => (
                <DeliveryRow key={d.slipNumber} row={d} allowed={list.data!.allowedFailures} />
              ))}
            </tbody>
          </table>
          </div>
          {list.data && <p className="table-hint">{t('delivery.rule', { source: list.data.ruleSource })}</p>}
          <ErrorAlert message={list.error} />
          <AssignForm />
          <AttemptForm />
          <GiveBackForm />
        </>
      )}
    </Section>
  );
}

type Row = CommandOutput<'delivery.list'>['dossiers'][number];

function DeliveryRow({ row, allowed }: { row: Row; allowed: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  return (
    <tr>
      <td>{row.slipNumber}</td>
      <td>{row.s10}</td>
      <td>
        {row.applicantName}
        <br />
        {row.phone}
      </td>
      <td>{row.address}</td>
      <td>{dossierStatusLabels[row.status][lang]}</td>
      <td>{row.roundId ? `${row.roundId} · ${row.carrier}` : '—'}</td>
      <td>
        {t('delivery.attemptsOf', { failed: row.failedAttempts, allowed })}
        {row.nextAttemptFrom && ` (${t('delivery.nextFrom', { day: formatDayVi(row.nextAttemptFrom) })})`}
      </td>
    </tr>
  );
}

function FormPart(props: { title: string; onSubmit: (e: FormEvent) => void; busy: boolean; submit: string; error?: string | undefined; done: string | null; children: ReactNode }) {
  return (
    <form onSubmit={props.onSubmit} noValidate aria-busy={props.busy} aria-label={props.title}>
      <h3>{props.title}</h3>
      <div className="form-grid">{props.children}</div>
      <div className="actions">
        <button type="submit" className="button button--primary">
          {props.submit}
        </button>
      </div>
      <ErrorAlert message={props.error} />
      <SuccessStatus message={props.done} />
    </form>
  );
}

/** One dossier's slip number, typed or scanned (a scanner types it and presses Enter, which submits). */
function SlipField(props: { label: string; name: string; issue: string | undefined; value: string; onChange(slip: string): void }) {
  return (
    <Field label={props.label} issue={props.issue}>
      {(c) => <input {...c} name={props.name} autoComplete="off" spellCheck={false} value={props.value} onChange={(e) => props.onChange(e.target.value)} />}
    </Field>
  );
}

function AssignForm() {
  const { t } = useTranslation();
  const action = useAction('delivery.assign');
  const [slips, setSlips] = useState('');
  const [carrier, setCarrier] = useState('');
  const [address, setAddress] = useState('');
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const slipNumbers = slips.split(/\s+/).filter((s) => s !== '');
    const result = await action.run({ slipNumbers, carrier, address: address.trim() === '' ? null : address });
    if (result?.ok) {
      setDone(t('delivery.assign.done', { count: result.value.dossiers.length, round: result.value.roundId }));
      setSlips('');
      setAddress('');
    }
  }

  return (
    <FormPart title={t('delivery.assign.title')} onSubmit={submit} busy={action.pending} submit={t('delivery.assign.submit')} error={action.error?.message} done={done}>
      <Field label={t('delivery.assign.slips')} hint={t('delivery.assign.slipsHint')} issue={issueFor(action.error, 'slipNumbers')}>
        {(c) => <textarea {...c} name="deliverySlips" rows={3} spellCheck={false} value={slips} onChange={(e) => setSlips(e.target.value)} />}
      </Field>
      <Field label={t('delivery.assign.carrier')} issue={issueFor(action.error, 'carrier')}>
        {(c) => <input {...c} name="carrier" autoComplete="off" value={carrier} onChange={(e) => setCarrier(e.target.value)} />}
      </Field>
      <Field label={t('delivery.assign.address')} hint={t('delivery.assign.addressHint')} className="span-2" issue={issueFor(action.error, 'address')}>
        {(c) => <input {...c} name="deliveryAddress" autoComplete="off" value={address} onChange={(e) => setAddress(e.target.value)} />}
      </Field>
    </FormPart>
  );
}

function AttemptForm() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const action = useAction('delivery.attempt');
  const [slip, setSlip] = useState('');
  const [kind, setKind] = useState<'delivered' | 'failed'>('failed');
  const [recipientName, setRecipientName] = useState('');
  const [idKind, setIdKind] = useState<IdKind>('cccd');
  const [idNumber, setIdNumber] = useState('');
  const [reason, setReason] = useState<DeliveryFailureReason>('nobodyHome');
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const outcome =
      kind === 'delivered'
        ? { kind, recipientName, idKind, idNumber }
        : { kind, reason, note: note.trim() === '' ? null : note };
    const result = await action.run({ slipNumber: slip, outcome });
    if (result?.ok) {
      setDone(t('delivery.attempt.done', { number: result.value.attemptNumber, slip, status: dossierStatusLabels[result.value.status][lang] }));
      setSlip('');
      setRecipientName('');
      setIdNumber('');
      setNote('');
    }
  }

  return (
    <FormPart title={t('delivery.attempt.title')} onSubmit={submit} busy={action.pending} submit={t('delivery.attempt.submit')} error={action.error?.message} done={done}>
      <SlipField label={t('delivery.attempt.slip')} name="attemptSlip" issue={issueFor(action.error, 'slipNumber')} value={slip} onChange={setSlip} />
      <Field label={t('delivery.attempt.outcome')}>
        {(c) => (
          <select {...c} name="attemptOutcome" value={kind} onChange={(e) => setKind(e.target.value as 'delivered' | 'failed')}>
            <option value="failed">{t('delivery.attempt.failed')}</option>
            <option value="delivered">{t('delivery.attempt.delivered')}</option>
          </select>
        )}
      </Field>
      {kind === 'delivered' ? (
        <>
          <Field label={t('delivery.attempt.recipientName')} issue={issueFor(action.error, 'outcome.recipientName')}>
            {(c) => <input {...c} name="recipientName" autoComplete="off" value={recipientName} onChange={(e) => setRecipientName(e.target.value)} />}
          </Field>
          <Field label={t('delivery.attempt.idKind')}>
            {(c) => <IdKindSelect control={c} name="recipientIdKind" kinds={idKinds} value={idKind} onChange={setIdKind} />}
          </Field>
          <Field label={t('delivery.attempt.idNumber')} issue={issueFor(action.error, 'outcome.idNumber')}>
            {(c) => <input {...c} name="recipientIdNumber" autoComplete="off" spellCheck={false} value={idNumber} onChange={(e) => setIdNumber(e.target.value)} />}
          </Field>
        </>
      ) : (
        <>
          <Field label={t('delivery.attempt.reason')}>
            {(c) => (
              <select {...c} name="failureReason" value={reason} onChange={(e) => setReason(e.target.value as DeliveryFailureReason)}>
                {deliveryFailureReasons.map((r) => (
                  <option key={r} value={r}>
                    {deliveryFailureLabels[r][lang]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('delivery.attempt.note')} hint={t('delivery.attempt.noteHint')} issue={issueFor(action.error, 'outcome.note')}>
            {(c) => <input {...c} name="failureNote" autoComplete="off" value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
        </>
      )}
    </FormPart>
  );
}

function GiveBackForm() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const action = useAction('delivery.giveBack');
  const [slip, setSlip] = useState('');
  const [to, setTo] = useState<'counter' | 'agency'>('counter');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const result = await action.run({ slipNumber: slip, to, reason });
    if (result?.ok) {
      setDone(t('delivery.giveBack.done', { slip: result.value.slipNumber, status: dossierStatusLabels[result.value.status][lang] }));
      setSlip('');
      setReason('');
    }
  }

  return (
    <FormPart title={t('delivery.giveBack.title')} onSubmit={submit} busy={action.pending} submit={t('delivery.giveBack.submit')} error={action.error?.message} done={done}>
      <SlipField label={t('delivery.giveBack.slip')} name="giveBackSlip" issue={issueFor(action.error, 'slipNumber')} value={slip} onChange={setSlip} />
      <Field label={t('delivery.giveBack.to')}>
        {(c) => (
          <select {...c} name="giveBackTo" value={to} onChange={(e) => setTo(e.target.value as 'counter' | 'agency')}>
            <option value="counter">{t('delivery.giveBack.toCounter')}</option>
            <option value="agency">{t('delivery.giveBack.toAgency')}</option>
          </select>
        )}
      </Field>
      <Field label={t('delivery.giveBack.reason')} className="span-2" issue={issueFor(action.error, 'reason')}>
        {(c) => <input {...c} name="giveBackReason" autoComplete="off" value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
    </FormPart>
  );
}
