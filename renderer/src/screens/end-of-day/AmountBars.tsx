// Money per agency or per service as horizontal bars (SVG), each labelled with its name and
// amount; the <title>/<desc> pair reads the same lines out for a screen reader.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/contract/messages';
import { formatVnd } from '../../../../shared/format';

export interface AmountBar {
  label: string;
  amountVnd: number;
}

const width = 640;
const row = 34;
const labelWidth = 250;
const amountWidth = 130;

export function AmountBars(props: { title: string; bars: readonly AmountBar[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const id = useId();
  const largest = Math.max(0, ...props.bars.map((b) => b.amountVnd));
  const room = width - labelWidth - amountWidth;
  const height = Math.max(1, props.bars.length) * row + 6;
  const description = props.bars.length
    ? props.bars.map((b) => `${b.label}: ${formatVnd(b.amountVnd, lang)}`).join('; ')
    : t('endOfDay.chart.noMoney');
  return (
    <figure className="eod-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="eod-chart__svg">
        <title id={`${id}-t`}>{props.title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {props.bars.map((b, i) => {
          const barW = largest > 0 ? (b.amountVnd / largest) * room : 0;
          const yMid = i * row + row / 2 + 3;
          return (
            <g key={`${b.label}-${i}`}>
              <text x={labelWidth - 8} y={yMid + 5} textAnchor="end" className="eod-chart__label">
                {shorten(b.label)}
              </text>
              <rect x={labelWidth} y={yMid - 10} width={Math.max(barW, b.amountVnd > 0 ? 2 : 0)} height={20} className="eod-chart__bar" />
              <text x={labelWidth + barW + 6} y={yMid + 5} className="eod-chart__amount">
                {formatVnd(b.amountVnd, lang)}
              </text>
            </g>
          );
        })}
        {props.bars.length === 0 && (
          <text x={8} y={row / 2 + 8} className="eod-chart__label">
            {description}
          </text>
        )}
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  );
}

/** Agency names run long ("Sở Tư pháp tỉnh Sơn La …"): the picture keeps their start; the description keeps them whole. */
function shorten(label: string): string {
  return label.length > 34 ? `${label.slice(0, 33)}…` : label;
}
