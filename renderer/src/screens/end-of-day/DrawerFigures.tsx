// One drawer's expected-cash formula, line by line, each figure drillable:
// float + cash taken − change given − refunds of voids − cash out + cash in = expected;
// then the transfers, listed by reference and never counted as cash.
import { useTranslation } from 'react-i18next';
import type { DrawerSession } from '../../../../shared/contract/day';
import type { Lang } from '../../../../shared/contract/messages';
import { formatVnd } from '../../../../shared/format';
import { Facts, type FactRow } from '../../components/Facts';
import { FigureButton } from './FigureButton';

export function DrawerFigures(props: { drawer: DrawerSession }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const d = props.drawer;
  const day = d.openedAtLocal.slice(0, 10);
  const who = d.clerk.name;
  const line = (key: 'cashTaken' | 'feesCash' | 'postalCash' | 'returnFeesCash' | 'changeGiven' | 'voidRefunds' | 'cashOut' | 'cashIn', sign: string): FactRow => {
    const label = t(`endOfDay.drawer.${key}`);
    return [`${sign}${label}`, <FigureButton figure={d[key]} label={`${label} · ${who}`} day={day} />];
  };
  const rows: FactRow[] = [
    [t('endOfDay.drawer.float'), formatVnd(d.floatVnd, lang)],
    line('cashTaken', '+ '),
    line('feesCash', ''),
    line('postalCash', ''),
    line('returnFeesCash', ''),
    line('changeGiven', '− '),
    line('voidRefunds', '− '),
    line('cashOut', '− '),
    line('cashIn', '+ '),
    [t('endOfDay.drawer.expected'), <strong>{formatVnd(d.expectedVnd, lang)}</strong>],
  ];
  return (
    <>
      <Facts rows={rows} className="eod-formula" />
      <table className="table eod-transfers">
        <caption>{t('endOfDay.drawer.transfers')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('endOfDay.drill.slip')}</th>
            <th scope="col">{t('endOfDay.drawer.transferRef')}</th>
            <th scope="col" className="num">
              {t('endOfDay.drill.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {d.transfers.length === 0 && (
            <tr>
              <td colSpan={3}>{t('endOfDay.drawer.transfersNone')}</td>
            </tr>
          )}
          {d.transfers.map((tr) => (
            <tr key={tr.seq}>
              <td>{tr.slipNumber ?? ''}</td>
              <td>{tr.reference}</td>
              <td className="num">{formatVnd(tr.vnd, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
