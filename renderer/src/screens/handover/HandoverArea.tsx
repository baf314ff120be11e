// Bàn giao hồ sơ: the clerk builds a batch for one one-stop department by scanning slips or S10
// labels (a scanner types the characters and presses Enter in the scan field), or by picking
// from today's dossiers not yet in a batch; the department's receiver signs for the batch; the
// record prints as PDF; afterwards the department's answer for each dossier is back-filled.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { dossierStatusLabels, type Lang } from '../../../../shared/contract/messages';
import { formatDateTime, formatVnd } from '../../../../shared/format';
import { useApi } from '../../api/api-context';
import { ErrorAlert, SuccessStatus } from '../../components/Notice';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { TableStateRow } from '../../components/TableStateRow';
import { issueFor, useAction } from '../../hooks/use-action';
import { useQuery } from '../../hooks/use-query';
import { downloadPdf } from '../lookup/download-pdf';
import { BackfillSection } from './BackfillSection';
import { SummaryReprint } from './SummaryReprint';

export function HandoverArea() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const list = useQuery('handover.list', {}, { onLedgerAppended: true });
  const [batch, setBatch] = useState<string | null>(null);
  const [scan, setScan] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const add = useAction('handover.add');
  const scanField = useRef<HTMLInputElement>(null);

  async function addScan(value: string) {
    setDone(null);
    const result = await add.run({ batchNumber: batch, scan: value });
    if (result?.ok) {
      setBatch(result.value.batchNumber);
      setDone(t('batches.added', { slip: result.value.slipNumber, batch: result.value.batchNumber }));
      setScan('');
    }
    scanField.current?.focus();
  }

  function submitScan(e: FormEvent) {
    e.preventDefault();
    if (scan.trim()) void addScan(scan);
  }

  return (
    <div className="handover">
      <p>{t('areas.batches')}</p>
      <Section title={batch ? t('batches.currentBatch', { batch }) : t('batches.newBatch')}>
        {() => (
          <>
            <form onSubmit={submitScan} noValidate aria-busy={add.pending}>
              <Field label={t('batches.scan')} hint={batch ? t('batches.scanHint') : t('batches.scanHintNew')} issue={issueFor(add.error, 'scan')}>
                {(c) => <input {...c} ref={scanField} data-autofocus name="scan" autoComplete="off" spellCheck={false} value={scan} onChange={(e) => setScan(e.target.value)} />}
              </Field>
              <div className="actions">
                <button type="submit" className="button button--primary">
                  {t('batches.add')}
                </button>
                {batch && (
                  <button type="button" className="button" onClick={() => setBatch(null)}>
                    {t('batches.startNew')}
                  </button>
                )}
              </div>
            </form>
            <ErrorAlert message={add.error?.message} />
            <SuccessStatus message={done} />
            {batch && <BatchDetail number={batch} lang={lang} />}
          </>
        )}
      </Section>
      <Section title={t('batches.missingToday')}>
        {(headingId) => (
          <div className="table-wrap">
            <table className="table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{t('batches.slip')}</th>
                  <th scope="col">S10</th>
                  <th scope="col">{t('batches.applicant')}</th>
                  <th scope="col">{t('batches.agency')}</th>
                  <th scope="col">{t('batches.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data?.missingToday.map((m) => (
                  <tr key={m.slipNumber}>
                    <th scope="row">{m.slipNumber}</th>
                    <td>{m.s10}</td>
                    <td>{m.applicantName}</td>
                    <td>{m.agency}</td>
                    <td>
                      <button type="button" className="button button--small" onClick={() => void addScan(m.slipNumber)}>
                        {t('batches.addThis')}
                        <span className="visually-hidden"> {m.slipNumber}</span>
                      </button>
                    </td>
                  </tr>
                ))}
                <TableStateRow columns={5} loading={!list.data && !list.error} empty={list.data?.missingToday.length === 0} loadingText={t('batches.loading')} emptyText={t('batches.noneMissing')} />
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title={t('batches.batches')}>
        {(headingId) => (
          <div className="table-wrap">
            <table className="table" aria-labelledby={headingId}>
              <thead>
                <tr>
                  <th scope="col">{t('batches.batchNumber')}</th>
                  <th scope="col">{t('batches.agency')}</th>
                  <th scope="col">{t('batches.count')}</th>
                  <th scope="col">{t('batches.state')}</th>
                  <th scope="col">{t('batches.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {[...(list.data?.open ?? []), ...(list.data?.signed ?? [])].map((b) => (
                  <tr key={b.number}>
                    <th scope="row">{b.number}</th>
                    <td>{b.agency}</td>
                    <td>{b.dossiers}</td>
                    <td>{b.signedAt ? t('batches.signedBy', { at: formatDateTime(b.signedAt, lang), name: b.receiverName }) : t('batches.open')}</td>
                    <td>
                      <button type="button" className="button button--small" onClick={() => setBatch(b.number)}>
                        {t('batches.openBatch')}
                        <span className="visually-hidden"> {b.number}</span>
                      </button>
                    </td>
                  </tr>
                ))}
                <TableStateRow
                  columns={5}
                  loading={!list.data && !list.error}
                  empty={list.data !== null && list.data.open.length + list.data.signed.length === 0}
                  loadingText={t('batches.loading')}
                  emptyText={t('batches.noBatches')}
                />
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <BackfillSection />
    </div>
  );
}

/** One batch: its dossiers, removal while open, the receiver's signature, the PDF. */
function BatchDetail(props: { number: string; lang: Lang }) {
  const { t } = useTranslation();
  const api = useApi();
  const shown = useQuery('handover.show', { batchNumber: props.number }, { onLedgerAppended: true });
  const remove = useAction('handover.remove');
  const sign = useAction('handover.sign');
  const [receiver, setReceiver] = useState('');
  const [pdfError, setPdfError] = useState<string | null>(null);
  const b = shown.data;

  async function submitSign(e: FormEvent) {
    e.preventDefault();
    await sign.run({ batchNumber: props.number, receiverName: receiver });
  }

  async function pdf() {
    const result = await api.call('handover.pdf', { batchNumber: props.number });
    if (result.ok) downloadPdf(result.value.fileName, result.value.pdfBase64);
    setPdfError(result.ok ? null : result.error.message);
  }

  return (
    <div className="handover__batch">
      <ErrorAlert message={shown.error ?? remove.error?.message ?? pdfError} />
      {b && (
        <p>
          {t('batches.batchFacts', { agency: b.department.name, unitCode: b.department.unitCode ?? t('batches.noUnitCode'), count: b.dossiers, fees: formatVnd(b.feesVnd, props.lang) })}
        </p>
      )}
      <div className="table-wrap">
        <table className="table" aria-label={t('batches.itemsOf', { batch: props.number })}>
          <thead>
            <tr>
              <th scope="col">{t('batches.slip')}</th>
              <th scope="col">S10</th>
              <th scope="col">{t('batches.procedure')}</th>
              <th scope="col">{t('batches.applicant')}</th>
              <th scope="col">{t('batches.fees')}</th>
              <th scope="col">{t('batches.state')}</th>
              {!b?.signedAt && <th scope="col">{t('batches.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {b?.items.map((i) => (
              <tr key={i.slipNumber}>
                <th scope="row">{i.slipNumber}</th>
                <td>{i.s10}</td>
                <td>
                  {i.procedureCode} — {i.procedureName}
                </td>
                <td>{i.applicantName}</td>
                <td>{formatVnd(i.feesVnd, props.lang)}</td>
                <td>
                  {dossierStatusLabels[i.status][props.lang]}
                  {i.departmentCode ? ` · ${i.departmentCode}` : ''}
                </td>
                {!b.signedAt && (
                  <td>
                    <button type="button" className="button button--small" onClick={() => void remove.run({ batchNumber: props.number, scan: i.slipNumber })}>
                      {t('batches.remove')}
                      <span className="visually-hidden"> {i.slipNumber}</span>
                    </button>
                  </td>
                )}
              </tr>
            ))}
            <TableStateRow columns={7} loading={!b && !shown.error} empty={b?.items.length === 0} loadingText={t('batches.loading')} emptyText={t('batches.emptyBatch')} />
          </tbody>
        </table>
      </div>
      {b && !b.signedAt && (
        <form onSubmit={submitSign} noValidate aria-busy={sign.pending}>
          <Field label={t('batches.receiver')} hint={t('batches.receiverHint')} issue={issueFor(sign.error, 'receiverName')}>
            {(c) => <input {...c} name="receiverName" autoComplete="off" value={receiver} onChange={(e) => setReceiver(e.target.value)} />}
          </Field>
          <div className="actions">
            <button type="submit" className="button button--primary">
              {t('batches.sign')}
            </button>
          </div>
          <ErrorAlert message={sign.error?.message} />
        </form>
      )}
      {b?.signedAt && <SuccessStatus message={t('batches.signedBy', { at: formatDateTime(b.signedAt, props.lang), name: b.receiverName })} />}
      <div className="actions">
        <button type="button" className="button" onClick={() => void pdf()}>
          {t('batches.pdf')}
        </button>
      </div>
      {b?.signedAt && <SummaryReprint batchNumber={props.number} />}
    </div>
  );
}
