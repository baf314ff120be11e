import { useId, type ReactNode } from 'react';

/** A titled part of an area: a region named by its h2, so it can be found and read on its own. */
export function Section(props: { title: string; className?: string; children: (headingId: string) => ReactNode }) {
  const id = useId();
  return (
    <section className={`panel${props.className ? ` ${props.className}` : ''}`} aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      {props.children(id)}
    </section>
  );
}
