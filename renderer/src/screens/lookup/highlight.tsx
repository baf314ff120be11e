// A procedure name with the parts that matched the query marked, from the search's [start, end) ranges.
import type { ReactNode } from 'react';

/** Sorted, clamped, merged ranges: overlapping or touching ranges become one <mark>. */
export function normalizeRanges(ranges: readonly (readonly [number, number])[], length: number): [number, number][] {
  const sorted = ranges
    .map(([s, e]) => [Math.max(0, Math.min(s, length)), Math.max(0, Math.min(e, length))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

export function Highlighted(props: { text: string; ranges: readonly (readonly [number, number])[] }) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, end] of normalizeRanges(props.ranges, props.text.length)) {
    if (start > at) parts.push(props.text.slice(at, start));
    parts.push(<mark key={start}>{props.text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < props.text.length) parts.push(props.text.slice(at));
  return <>{parts}</>;
}
