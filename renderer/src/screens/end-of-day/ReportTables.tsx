// The report's tables: cash by drawer, fees collected on behalf per agency (bảng kê thu hộ),
// postal revenue per service (bảng kê doanh thu cước), dossiers, receipts and slip numbers, and
// the late entries that belong to closed days. Every figure is a FigureButton.
import { useTranslation } from 'react-i18next';
import type { DayReport, DrawerSession } from '../../../../shared/contract/day';
import { entryKindLabel } from '../../../../shared/contract/entry-kinds';
import type { Lang } from '../../../../shared/contract/messages';
import { formatDay, formatVnd } from '../../../../shared/format';
import { FigureButton } from './FigureButton';
import { formatSigned } from './DenominationCount';

export function CashTable(props: { report: DayReport; canClose: boolean; onCloseDrawer(drawer: DrawerSession): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const r = props.report;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t('endOfDay.report.cash.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('endOfDay.report.cash.clerk')}</th>
            <th scope="col">{t('endOfDay.report.cash.state')}</th>
            <th scope="col" className="num">{t('endOfDay.drawer.float')}</th>
            <th scope="col" className="num">{t('endOfDay.drawer.cashTaken')}</th>
            <th scope="col" className="num">{t('endOfDay.drawer.changeGiven')}</th>
            <th scope="col" className="num">{t('endOfDay.drawer.voidRefunds')}</th>
            <th scope="col" className="num">{t('endOfDay.drawer.cashOut')}</th>
            <th scope="col" className="num">{t('endOfDay.drawer.cashIn')}</th>
            <th scope="col" className="num">{t('endOfDay.drawer.expected')}</th>
            <th scope="col" className="num">{t('endOfDay.report.cash.counted')}</th>
            <th scope="col" className="num">{t('endOfDay.report.cash.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {r.drawers.map((d) => {
            const fig = (key: 'cashTaken' | 'changeGiven' | 'voidRefunds' | 'cashOut' | 'cashIn') => (
              <td className="num">
                <FigureButton figure={d[key]} label={`${t(`endOfDay.drawer.${key}`)} · ${d.clerk.name}`} day={r.day} />
              </td>
            );
            return (
              <tr key={d.drawerId}>
                <th scope="row">{d.clerk.name}</th>
                <td>
                  {d.close ? t('endOfDay.report.cash.closed') : t('endOfDay.report.cash.open')}
                  {!d.close && props.canClose && (
                    <>
                      {' '}
                      <button type="button" className="button button--small" onClick={() => props.onCloseDrawer(d)}>
                        {t('endOfDay.report.cash.closeDrawer')}
                      </button>
                    </>
                  )}
                </td>
                <td className="num">{formatVnd(d.floatVnd, lang)}</td>
                {fig('cashTaken')}
                {fig('changeGiven')}
                {fig('voidRefunds')}
                {fig('cashOut')}
                {fig('cashIn')}
                <td className="num">{formatVnd(d.expectedVnd, lang)}</td>
                <td className="num">{d.close ? formatVnd(d.close.counted.totalVnd, lang) : ''}</td>
                <td className="num">
                  {d.close ? formatSigned(d.close.differenceVnd, lang) : ''}
                  {d.close?.differenceReason ? ` (${d.close.differenceReason})` : ''}
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('endOfDay.report.cash.total')}
            </th>
            <td className="num">{formatVnd(r.cash.floatVnd, lang)}</td>
            <td colSpan={5} />
            <td className="num">
              <strong>{formatVnd(r.cash.expectedVnd, lang)}</strong>
            </td>
            <td className="num">{r.cash.countedVnd === null ? '' : formatVnd(r.cash.countedVnd, lang)}</td>
            <td className="num">{r.cash.differenceVnd === null ? '' : <strong>{formatSigned(r.cash.differenceVnd, lang)}</strong>}</td>
          </tr>
          {r.cashWithoutDrawer.count > 0 && (
            <tr>
              <th scope="row" colSpan={2}>
                {t('endOfDay.report.cash.withoutDrawer')}
              </th>
              <td colSpan={9}>
                <FigureButton figure={r.cashWithoutDrawer} label={t('endOfDay.report.cash.withoutDrawer')} day={r.day} />
              </td>
            </tr>
          )}
        </tfoot>
      </table>
    </div>
  );
}

export function FeesTable(props: { report: DayReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const r = props.report;
  const cell = (a: DayReport['feesOnBehalf'][number], key: 'collected' | 'cash' | 'transfer' | 'refunded' | 'handedOver') => (
    <td className="num">
      <FigureButton figure={a[key]} label={`${t(`endOfDay.report.fees.${key}`)} · ${a.agency}`} day={r.day} />
    </td>
  );
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t('endOfDay.report.fees.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('endOfDay.report.fees.agency')}</th>
            {(['collected', 'cash', 'transfer', 'refunded', 'handedOver', 'held'] as const).map((k) => (
              <th scope="col" className="num" key={k}>
                {t(`endOfDay.report.fees.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {r.feesOnBehalf.length === 0 && (
            <tr>
              <td colSpan={7}>{t('endOfDay.report.fees.none')}</td>
            </tr>
          )}
          {r.feesOnBehalf.map((a) => (
            <tr key={a.agency}>
              <th scope="row">{a.agency}</th>
              {cell(a, 'collected')}
              {cell(a, 'cash')}
              {cell(a, 'transfer')}
              {cell(a, 'refunded')}
              {cell(a, 'handedOver')}
              <td className="num">{formatVnd(a.heldVnd, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The service's name in the reader's language; a service the screen does not know keeps its code. */
export function useServiceName(): (service: string) => string {
  const { t } = useTranslation();
  const names = t('endOfDay.service', { returnObjects: true }) as Record<string, string>;
  return (service) => names[service] ?? service;
}

export function PostalTable(props: { report: DayReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const serviceName = useServiceName();
  const r = props.report;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t('endOfDay.report.postal.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('endOfDay.report.postal.service')}</th>
            {(['dossiers', 'gross', 'exempted', 'refunded', 'net'] as const).map((k) => (
              <th scope="col" className="num" key={k}>
                {t(`endOfDay.report.postal.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {r.postalRevenue.length === 0 && (
            <tr>
              <td colSpan={6}>{t('endOfDay.report.postal.none')}</td>
            </tr>
          )}
          {r.postalRevenue.map((s) => {
            const name = serviceName(s.service);
            return (
              <tr key={s.service}>
                <th scope="row">
                  {name}
                  {s.exemptions.length > 0 && (
                    <p className="table-hint">
                      {t('endOfDay.report.postal.exemptions', { list: s.exemptions.map((e) => `${e.reason} (${e.count}, ${formatVnd(e.vnd, lang)})`).join('; ') })}
                    </p>
                  )}
                </th>
                <td className="num">
                  <FigureButton figure={s.dossiers} label={`${t('endOfDay.report.postal.dossiers')} · ${name}`} day={r.day} show="count" />
                </td>
                <td className="num">
                  <FigureButton figure={s.gross} label={`${t('endOfDay.report.postal.gross')} · ${name}`} day={r.day} />
                </td>
                <td className="num">
                  <FigureButton figure={s.exempted} label={`${t('endOfDay.report.postal.exempted')} · ${name}`} day={r.day} />
                </td>
                <td className="num">
                  <FigureButton figure={s.refunded} label={`${t('endOfDay.report.postal.refunded')} · ${name}`} day={r.day} />
                </td>
                <td className="num">{formatVnd(s.netVnd, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

export function DossierTable(props: { report: DayReport }) {
  const { t } = useTranslation();
  const r = props.report;
  const d = r.dossiers;
  const keys = ['received', 'voided', 'handedOver', 'resultsReceived', 'returned'] as const;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t('endOfDay.report.dossiers.caption')}</caption>
        <thead>
          <tr>
            {keys.map((k) => (
              <th scope="col" className="num" key={k}>
                {t(`endOfDay.report.dossiers.${k}`)}
              </th>
            ))}
            <th scope="col" className="num">{t('endOfDay.report.dossiers.notHandedOver')}</th>
            <th scope="col" className="num">{t('endOfDay.report.dossiers.overdue')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            {keys.map((k) => (
              <td className="num" key={k}>
                <FigureButton figure={d[k]} label={t(`endOfDay.report.dossiers.${k}`)} day={r.day} show="count" />
              </td>
            ))}
            <td className="num">{d.notHandedOver.count}</td>
            <td className="num">{d.overdue}</td>
          </tr>
        </tbody>
      </table>
      {d.notHandedOver.list.length > 0 && (
        <details>
          <summary>{t('endOfDay.report.dossiers.notHandedOverList')}</summary>
          <ul>
            {d.notHandedOver.list.map((b) => (
              <li key={b.slipNumber}>
                {b.slipNumber} · {b.receivedAtLocal.slice(0, 16)} · {b.applicant} · {b.procedure}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function ReceiptFacts(props: { report: DayReport }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const r = props.report;
  const s = r.slips;
  return (
    <section aria-label={t('endOfDay.report.receipts.caption')}>
      <h3>{t('endOfDay.report.receipts.caption')}</h3>
      <p>
        {t('endOfDay.report.receipts.printed')}: <FigureButton figure={r.receipts.printed} label={t('endOfDay.report.receipts.printed')} day={r.day} show="count" />
        {' · '}
        {t('endOfDay.report.receipts.pdfIssued')}: <FigureButton figure={r.receipts.pdfIssued} label={t('endOfDay.report.receipts.pdfIssued')} day={r.day} show="count" />
      </p>
      <p>
        {t('endOfDay.report.receipts.reprinted')}:{' '}
        {r.receipts.reprinted.length === 0
          ? t('endOfDay.report.receipts.reprintedNone')
          : r.receipts.reprinted.map((p) => `${p.slipNumber} (${p.atLocal.slice(11, 16)}${p.reason ? `, ${p.reason}` : ''})`).join('; ')}
      </p>
      <p>{s.first && s.last ? t('endOfDay.report.receipts.slips', { first: s.first, last: s.last, count: s.count }) : t('endOfDay.report.receipts.slipsNone')}</p>
      {s.voided.length > 0 && <p>{t('endOfDay.report.receipts.voidedSlips', { list: s.voided.join(', ') })}</p>}
      {s.missing.length > 0 && <p className="notice notice--warn">{t('endOfDay.report.receipts.missingSlips', { list: s.missing.join(', ') })}</p>}
      {r.lateEntries.length === 0 ? (
        <p>
          {t('endOfDay.report.late.caption')}: {t('endOfDay.report.late.none')}
        </p>
      ) : (
        <table className="table">
          <caption>{t('endOfDay.report.late.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('endOfDay.drill.seq')}</th>
              <th scope="col">{t('endOfDay.drill.at')}</th>
              <th scope="col">{t('endOfDay.drill.kind')}</th>
              <th scope="col">{t('endOfDay.drill.slip')}</th>
              <th scope="col">{t('endOfDay.report.late.forDay')}</th>
              <th scope="col" className="num">{t('endOfDay.drill.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {r.lateEntries.map((e) => (
              <tr key={e.seq}>
                <td className="num">{e.seq}</td>
                <td>{e.atLocal}</td>
                <td>{entryKindLabel(e.kind, lang)}</td>
                <td>{e.slipNumber ?? ''}</td>
                <td>{formatDay(e.forDay)}</td>
                <td className="num">{formatVnd(e.vnd, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
