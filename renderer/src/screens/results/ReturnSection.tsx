// The return at the counter: the citizen's receipt scanned, identity checked (the applicant's ID
// number, or a proxy with a certified authorisation letter), the fee still due collected, the
// originals the agency asked for taken back; the counter prints the hand-over slip to sign.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandOutput } from '../../../../shared/contract/commands';
import { dossierStatusLabels, type Lang } from '../../../../shared/contract/messages';
import { formatVnd } from '../../../../shared/format';
import { useApi } from '../../api/api-context';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Field } from '../../components/Field';
import { IdKindSelect } from '../../components/IdKindSelect';
import { Section } from '../../components/Section';
import { issueFor, useAction } from '../../hooks/use-action';
import { parseWhole } from '../intake/intake-draft';
import { downloadPdf } from '../lookup/download-pdf';

type Found = CommandOutput<'results.find'>['result'];
type Returned = CommandOutput<'results.return'>;
/** A proxy is a person: no tax code. */
const proxyIdKinds = ['cccd', 'cmnd', 'passport'] as const;

export function ReturnSection() {
  const { t } = useTranslation();
  const api = useApi();
  const [scan, setScan] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [findError, setFindError] = useState<string | null>(null);
  const [returned, setReturned] = useState<Returned | null>(null);
  const scanInput = useRef<HTMLInputElement>(null);

  async function find(e: FormEvent) {
    e.preventDefault();
    setReturned(null);
    const result = await api.call('results.find', { scan });
    setFound(result.ok ? result.value.result : null);
    setFindError(result.ok ? null : result.error.message);
  }

  function finished(done: Returned) {
    setReturned(done);
    setFound(null);
    setScan('');
    scanInput.current?.focus();
  }

  return (
    <Section title={t('results.ret.title')}>
      {() => (
        <>
          <form onSubmit={find} noValidate>
            <div className="form-grid">
              <Field label={t('results.ret.scan')} hint={t('results.ret.scanHint')} issue={findError ?? undefined}>
                {(c) => <input {...c} ref={scanInput} name="returnScan" autoComplete="off" spellCheck={false} value={scan} onChange={(e) => setScan(e.target.value)} />}
              </Field>
            </div>
            <div className="actions">
              <button type="submit" className="button">
                {t('results.ret.find')}
              </button>
            </div>
          </form>
          {found && <ReturnForm key={found.slipNumber} result={found} scan={scan} onReturned={finished} />}
          {returned && (
            <>
              <SuccessStatus message={t('results.ret.done', { slip: returned.slipNumber })} />
              <div className="actions">
                <button type="button" className="button" onClick={() => downloadPdf(returned.fileName, returned.pdfBase64)}>
                  {t('results.ret.pdf')}
                </button>
              </div>
            </>
          )}
        </>
      )}
    </Section>
  );
}

function ReturnForm(props: { result: Found; scan: string; onReturned(done: Returned): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const r = props.result;
  // The key is made on the first press and kept until the counter answers: three presses, one return.
  const action = useAction('results.return');
  const [kind, setKind] = useState<'applicant' | 'proxy'>('applicant');
  const [idNumber, setIdNumber] = useState('');
  const [proxyName, setProxyName] = useState('');
  const [proxyIdKind, setProxyIdKind] = useState<(typeof proxyIdKinds)[number]>('cccd');
  const [proxyId, setProxyId] = useState('');
  const [authorisation, setAuthorisation] = useState('');
  const [certified, setCertified] = useState(false);
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<'cash' | 'transfer'>('cash');
  const [receipt, setReceipt] = useState('');
  const [reclaimed, setReclaimed] = useState<string[]>([]);
  const first = useRef<HTMLInputElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const receiver =
      kind === 'applicant'
        ? { kind, idNumber }
        : { kind, name: proxyName, idKind: proxyIdKind, idNumber: proxyId, authorisationRef: authorisation, certified: certified as true };
    const fee = r.feeDueVnd > 0 ? { amountVnd: parseWhole(amount), method, receiptNumber: receipt } : null;
    const result = await action.run({ scan: r.slipNumber, receiver, fee, reclaimed });
    if (result?.ok) props.onReturned(result.value);
  }

  const handBack = [...r.resultPapers.map((p) => `${p.name} (${p.count})`), ...r.originalsToReturn];
  return (
    <form onSubmit={submit} noValidate aria-busy={action.pending} aria-label={t('results.ret.title')}>
      <p>{t('results.ret.found', { slip: r.slipNumber, name: r.applicantName, procedure: r.procedureName, status: dossierStatusLabels[r.status][lang] })}</p>
      <p>{t('results.ret.handBack', { papers: handBack.length ? handBack.join('; ') : t('results.ret.nothing') })}</p>
      <fieldset>
        <legend>{t('results.ret.receiver')}</legend>
        {(['applicant', 'proxy'] as const).map((k) => (
          <label key={k} className="radio">
            <input type="radio" name="receiverKind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`results.ret.${k}`)}
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        {kind === 'applicant' ? (
          <Field label={t('results.ret.idNumber')} issue={issueFor(action.error, 'receiver.idNumber')}>
            {(c) => <input {...c} ref={first} name="idNumber" autoComplete="off" spellCheck={false} value={idNumber} onChange={(e) => setIdNumber(e.target.value)} />}
          </Field>
        ) : (
          <>
            <Field label={t('results.ret.proxyName')} issue={issueFor(action.error, 'receiver.name')}>
              {(c) => <input {...c} name="proxyName" autoComplete="off" value={proxyName} onChange={(e) => setProxyName(e.target.value)} />}
            </Field>
            <Field label={t('results.ret.proxyIdKind')}>
              {(c) => <IdKindSelect control={c} name="proxyIdKind" kinds={proxyIdKinds} value={proxyIdKind} onChange={setProxyIdKind} />}
            </Field>
            <Field label={t('results.ret.proxyId')} issue={issueFor(action.error, 'receiver.idNumber')}>
              {(c) => <input {...c} name="proxyIdNumber" autoComplete="off" spellCheck={false} value={proxyId} onChange={(e) => setProxyId(e.target.value)} />}
            </Field>
            <Field label={t('results.ret.authorisation')} issue={issueFor(action.error, 'receiver.authorisationRef')}>
              {(c) => <input {...c} name="authorisationRef" autoComplete="off" value={authorisation} onChange={(e) => setAuthorisation(e.target.value)} />}
            </Field>
            <label className="checkbox">
              <input type="checkbox" name="certified" checked={certified} onChange={(e) => setCertified(e.target.checked)} /> {t('results.ret.certified')}
            </label>
          </>
        )}
      </div>
      {r.feeDueVnd > 0 && (
        <fieldset>
          <legend>{t('results.ret.feeDue', { fee: formatVnd(r.feeDueVnd, lang) })}</legend>
          <div className="form-grid">
            <Field label={t('results.ret.feeAmount')} issue={issueFor(action.error, 'fee.amountVnd')}>
              {(c) => <input {...c} name="feeAmount" inputMode="numeric" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} />}
            </Field>
            <Field label={t('results.ret.feeMethod')}>
              {(c) => (
                <select {...c} name="feeMethod" value={method} onChange={(e) => setMethod(e.target.value as 'cash' | 'transfer')}>
                  <option value="cash">{t('results.ret.cash')}</option>
                  <option value="transfer">{t('results.ret.transfer')}</option>
                </select>
              )}
            </Field>
            <Field label={t('results.ret.feeReceipt')} issue={issueFor(action.error, 'fee.receiptNumber')}>
              {(c) => <input {...c} name="feeReceipt" autoComplete="off" value={receipt} onChange={(e) => setReceipt(e.target.value)} />}
            </Field>
          </div>
        </fieldset>
      )}
      {r.papersToReclaim.map((p) => (
        <label key={p} className="checkbox">
          <input
            type="checkbox"
            name="reclaimed"
            checked={reclaimed.includes(p)}
            onChange={(e) => setReclaimed((now) => (e.target.checked ? [...now, p] : now.filter((x) => x !== p)))}
          />{' '}
          {t('results.ret.reclaim', { paper: p })}
        </label>
      ))}
      <ErrorAlert message={action.error?.message} />
      <div className="actions">
        <button type="submit" className="button button--primary">
          {t('results.ret.submit')}
        </button>
      </div>
    </form>
  );
}
