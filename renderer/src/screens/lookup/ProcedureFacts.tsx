// The procedure's particulars as a definition list: who handles it, how long, what it costs,
// what the citizen receives and on what legal basis.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcedureView } from '../../../../shared/contract/commands';
import { formatVnd } from '../../../../shared/format';
import { currentLanguage } from '../../i18n';
import { Facts } from '../../components/Facts';

export function ProcedureFacts(props: { procedure: ProcedureView }) {
  const { t } = useTranslation();
  const p = props.procedure;
  const lang = currentLanguage();
  const notStated = <span className="facts__none">{t('lookup.notStated')}</span>;
  const list = (items: readonly ReactNode[]) =>
    items.length === 0 ? notStated : items.length === 1 ? items[0] : (
      <ul className="facts__list">
        {items.map((item, i) => (
          <li key={i}>{item}</li>
        ))}
      </ul>
    );

  const processing = p.processing ? (
    <>
      {p.processing.text}
      {p.channel === 3 && ` (${t('lookup.byPost')})`}
      {p.processing.description && <span className="facts__note">{p.processing.description}</span>}
    </>
  ) : (
    notStated
  );

  const free = p.fees.every((f) => f.amountVnd === 0);
  const fees = free
    ? t('lookup.free')
    : list(
        p.fees.map((fee) => (
          <>
            <strong className="facts__amount">{formatVnd(fee.amountVnd, lang)}</strong>
            {fee.description && ` — ${fee.description}`}
          </>
        )),
      );

  const rows: [string, ReactNode][] = [
    [t('lookup.fields'), list(p.fields.map((f) => f.name))],
    [t('lookup.agencies'), list(p.agencies)],
    [t('lookup.levels'), list(p.levels)],
    [t('lookup.processing'), processing],
    [t('lookup.fees'), fees],
    [t('lookup.outcome'), list(p.results.map((r) => r.name))],
    [t('lookup.legalBasis'), list(p.legalBasis.map((l) => t('lookup.legalItem', { number: l.number, title: l.title })))],
    [t('lookup.subjects'), list(p.subjects)],
  ];
  if (p.requirements) rows.push([t('lookup.requirements'), <span className="facts__text">{p.requirements}</span>]);

  return (
    <Facts rows={rows} />
  );
}
