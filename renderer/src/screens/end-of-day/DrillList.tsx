// The entries behind one figure: number, time, kind, slip, amount, who. A slip opens the dossier
// page (the register's opener), so the manager goes figure → entries → dossier with Enter alone.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { entryKindLabel } from '../../../../shared/contract/entry-kinds';
import type { Lang } from '../../../../shared/contract/messages';
import { formatVnd } from '../../../../shared/format';
import { TableStateRow } from '../../components/TableStateRow';
import { useQuery } from '../../hooks/use-query';
import { useOpenDossier } from '../dossiers/open-dossier';
import type { DrillRequest } from './drill-context';

export function DrillList(props: { request: DrillRequest; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const { openDossier } = useOpenDossier();
  const { data, error } = useQuery('day.drill', { day: props.request.day, drill: props.request.drill });
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  // The list opens where the person is looking: the cursor goes to its title.
  useEffect(() => {
    heading.current?.focus();
  }, [props.request]);

  const entries = data?.entries ?? [];
  return (
    <section className="panel eod-drill" aria-labelledby={headingId} onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('endOfDay.drill.title', { figure: props.request.label })}
      </h2>
      {error && <p className="notice notice--error">{error}</p>}
      <div className="table-wrap">
        <table className="table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('endOfDay.drill.seq')}</th>
              <th scope="col">{t('endOfDay.drill.at')}</th>
              <th scope="col">{t('endOfDay.drill.kind')}</th>
              <th scope="col">{t('endOfDay.drill.slip')}</th>
              <th scope="col" className="num">
                {t('endOfDay.drill.amount')}
              </th>
              <th scope="col">{t('endOfDay.drill.actor')}</th>
            </tr>
          </thead>
          <tbody>
            <TableStateRow columns={6} loading={!data && !error} empty={entries.length === 0} loadingText={t('endOfDay.drill.loading')} emptyText={t('endOfDay.drill.none')} />
            {entries.map((e) => (
              <tr key={e.seq}>
                <td className="num">{e.seq}</td>
                <td>{e.atLocal}</td>
                <td>{entryKindLabel(e.kind, lang)}</td>
                <td>
                  {e.slipNumber && (
                    <button type="button" className="button button--small" aria-label={t('endOfDay.drill.openDossier', { slip: e.slipNumber })} onClick={() => openDossier(e.slipNumber!)}>
                      {e.slipNumber}
                    </button>
                  )}
                </td>
                <td className="num">{formatVnd(e.vnd, lang)}</td>
                <td>{e.actorName ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="actions actions--start">
        <button type="button" className="button" onClick={props.onClose}>
          {t('endOfDay.drill.close')}
        </button>
      </div>
    </section>
  );
}
