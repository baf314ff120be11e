// The results as a listbox. The options are never focused themselves: the search field keeps
// the cursor and points at the active option through aria-activedescendant.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract/commands';
import { Highlighted } from './highlight';

export function optionId(listboxId: string, index: number): string {
  return `${listboxId}-option-${index}`;
}

export function ResultList(props: {
  id: string;
  hits: readonly SearchHit[];
  active: number;
  busy: boolean;
  onOpen: (index: number) => void;
}) {
  const { t } = useTranslation();
  const { id, active } = props;

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(id, active))?.scrollIntoView({ block: 'nearest' });
  }, [id, active]);

  return (
    <ul id={id} role="listbox" className="results" aria-label={t('lookup.results')} aria-busy={props.busy || undefined}>
      {props.hits.map((hit, index) => (
        <li
          key={hit.code}
          id={optionId(id, index)}
          role="option"
          className="results__option"
          aria-selected={index === active}
          aria-label={hit.name}
          aria-describedby={`${optionId(id, index)}-meta`}
          // Keeps the cursor in the search field; the click itself opens the procedure.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onOpen(index)}
        >
          <span className="results__name">
            <Highlighted text={hit.name} ranges={hit.highlights} />
          </span>
          <span className="results__meta" id={`${optionId(id, index)}-meta`}>
            {[hit.code, hit.field, hit.agency].filter((part) => part !== '').join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  );
}
