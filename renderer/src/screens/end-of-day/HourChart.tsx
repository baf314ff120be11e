// The day's dossiers per hour as columns (SVG, drawn from the report's figures). Its text
// alternative is the <title>/<desc> pair: every hour with its count, read out as one picture.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { HourCount } from '../../../../shared/contract/day-output';
import { roundAxis } from '../../../../shared/report/chart-axis';


const width = 640;
const height = 220;
const left = 36;
const bottom = 28;
const top = 10;

export function HourChart(props: { title: string; hours: readonly HourCount[] }) {
  const { t } = useTranslation();
  const id = useId();
  // Working hours at least (7–18), widened to any hour that has dossiers.
  const busy = props.hours.filter((h) => h.count > 0).map((h) => h.hour);
  const first = Math.min(7, ...busy);
  const last = Math.max(18, ...busy);
  const span = last - first + 1;
  const countAt = (hour: number) => props.hours.find((h) => h.hour === hour)?.count ?? 0;
  const axis = roundAxis(Math.max(0, ...props.hours.map((h) => h.count)));
  const plotH = height - top - bottom;
  const slot = (width - left) / span;
  const y = (v: number) => top + plotH - (v / axis.top) * plotH;
  const description = busy.length
    ? busy.map((h) => t('endOfDay.chart.hourLine', { from: h, to: h + 1, count: countAt(h) })).join('; ')
    : t('endOfDay.chart.noDossiers');
  return (
    <figure className="eod-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="eod-chart__svg">
        <title id={`${id}-t`}>{props.title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {axis.ticks.map((v) => (
          <g key={v}>
            <line x1={left} x2={width} y1={y(v)} y2={y(v)} className="eod-chart__grid" />
            <text x={left - 6} y={y(v) + 4} textAnchor="end" className="eod-chart__tick">
              {v}
            </text>
          </g>
        ))}
        {Array.from({ length: span }, (_, i) => first + i).map((hour, i) => {
          const count = countAt(hour);
          return (
            <g key={hour}>
              {count > 0 && <rect x={left + i * slot + slot * 0.15} width={slot * 0.7} y={y(count)} height={y(0) - y(count)} className="eod-chart__bar" />}
              <text x={left + i * slot + slot / 2} y={height - 8} textAnchor="middle" className="eod-chart__tick">
                {`${hour}h`}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{props.title}</figcaption>
    </figure>
  );
}
