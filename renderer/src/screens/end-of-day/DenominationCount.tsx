// The cash counted by denomination, keyboard-first: one box per note (and coin) in a column, the
// clerk types each count and Tabs on; each line's amount and the total follow as they type. A box
// holding anything but a whole number says why under it and is left out of the total, so the
// figure on screen is never a guess.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/contract/messages';
import { formatVnd } from '../../../../shared/format';
import { readCount, readCounts } from './count-input';

export type TypedCounts = Readonly<Record<number, string>>;

export function DenominationCount(props: {
  caption: string;
  notes: readonly number[];
  coins: readonly number[];
  typed: TypedCounts;
  coinsTyped: TypedCounts;
  onChange(typed: TypedCounts, coinsTyped: TypedCounts): void;
  /** The amount the count is compared with (the expected cash at the close), if any. */
  expectedVnd?: number | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const id = useId();
  const notes = readCounts(props.notes, props.typed);
  const coins = readCounts(props.coins, props.coinsTyped);
  const total = notes.totalVnd + coins.totalVnd;
  const refused = notes.refused.length + coins.refused.length;
  const rows = (kind: 'note' | 'coin', values: readonly number[], typed: TypedCounts) =>
    values.map((value) => {
      const text = typed[value] ?? '';
      const reading = readCount(text);
      const valueText = new Intl.NumberFormat('vi-VN').format(value);
      const issueId = `${id}-${kind}-${value}-issue`;
      const set = (next: string) =>
        kind === 'note' ? props.onChange({ ...props.typed, [value]: next }, props.coinsTyped) : props.onChange(props.typed, { ...props.coinsTyped, [value]: next });
      return (
        <tr key={`${kind}-${value}`}>
          <th scope="row">{t(`endOfDay.count.${kind}`, { value: valueText })}</th>
          <td>
            <input
              className="eod-count__input"
              name={`${kind}-${value}`}
              inputMode="numeric"
              autoComplete="off"
              aria-label={t(`endOfDay.count.${kind}Label`, { value: valueText })}
              aria-invalid={reading.ok ? undefined : true}
              aria-describedby={reading.ok ? undefined : issueId}
              value={text}
              onChange={(e) => set(e.target.value)}
            />
            {!reading.ok && (
              <p className="field__issue" id={issueId}>
                {t(`endOfDay.count.refused.${reading.reason}`)}
              </p>
            )}
          </td>
          <td className="num">{reading.ok && reading.count > 0 ? formatVnd(reading.count * value, lang) : ''}</td>
        </tr>
      );
    });
  return (
    <div className="table-wrap">
      <table className="table eod-count">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('endOfDay.count.denomination')}</th>
            <th scope="col">{t('endOfDay.count.count')}</th>
            <th scope="col" className="num">
              {t('endOfDay.count.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows('note', props.notes, props.typed)}
          {rows('coin', props.coins, props.coinsTyped)}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {t('endOfDay.count.total')}
            </th>
            <td className="num" aria-live="polite">
              <strong>{formatVnd(total, lang)}</strong>
            </td>
          </tr>
          {props.expectedVnd !== undefined && (
            <>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('endOfDay.count.expected')}
                </th>
                <td className="num">{formatVnd(props.expectedVnd, lang)}</td>
              </tr>
              <tr>
                <th scope="row" colSpan={2}>
                  {t('endOfDay.count.difference')}
                </th>
                <td className="num" aria-live="polite">
                  <strong>{formatSigned(total - props.expectedVnd, lang)}</strong>
                </td>
              </tr>
            </>
          )}
        </tfoot>
      </table>
      {refused > 0 && <p className="notice notice--error">{t('endOfDay.count.refusedSome', { count: refused })}</p>}
    </div>
  );
}

/** A difference with its sign spelt out: "−10.000 ₫" short, "+5.000 ₫" over. */
export function formatSigned(amount: number, lang: Lang): string {
  if (amount === 0) return formatVnd(0, lang);
  return `${amount > 0 ? '+' : '−'}${formatVnd(Math.abs(amount), lang)}`;
}
