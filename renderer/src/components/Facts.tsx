// A definition list of facts (term, value), the way every screen shows a record's details.
import type { ReactNode } from 'react';

export type FactRow = [term: string, value: ReactNode];

export function Facts(props: { rows: FactRow[]; className?: string }) {
  return (
    <dl className={props.className ? `facts ${props.className}` : 'facts'}>
      {props.rows.map(([term, value]) => (
        <div className="facts__row" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
