// The results as a listbox. The options are never focused themselves: whichever holds the
// cursor (the search field, or the list itself once tabbed to) points at the active option
// through aria-activedescendant. The list scrolls, so it is a tab stop of its own: a keyboard
// user can reach it and move through it without the search field.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/contract/commands';
import { Highlighted } from './highlight';
import { onCursorKey, type ListCursor } from './list-cursor';

export function optionId(listboxId: string, index: number): string {
  return `${listboxId}-option-${index}`;
}

export function ResultList(props: {
  id: string;
  hits: readonly SearchHit[];
  cursor: ListCursor;
  busy: boolean;
  onOpen: (index: number) => void;
}) {
  const { t } = useTranslation();
  const { id } = props;
  const { active } = props.cursor;

  useEffect(() => {
    if (active >= 0) document.getElementById(optionId(id, active))?.scrollIntoView({ block: 'nearest' });
  }, [id, active]);

  return (
    <ul
      id={id}
      role="listbox"
      className="results"
      tabIndex={0}
      aria-label={t('lookup.results')}
      aria-busy={props.busy || undefined}
      aria-activedescendant={active >= 0 ? optionId(id, active) : undefined}
      onKeyDown={(e) => onCursorKey(e, props.cursor)}
    >
      {props.hits.map((hit, index) => (
        // No aria-label: the name is the option's visible text (title, then code, field and
        // agency), so what a speech-input user reads on screen is what names the option.
        <li
          key={hit.code}
          id={optionId(id, index)}
          role="option"
          className="results__option"
          aria-selected={index === active}
          // Keeps the cursor where it is; the click itself opens the procedure.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => props.onOpen(index)}
        >
          <span className="results__name">
            <Highlighted text={hit.name} ranges={hit.highlights} />
          </span>{' '}
          <span className="results__meta">{[hit.code, hit.field, hit.agency].filter((part) => part !== '').join(' · ')}</span>
        </li>
      ))}
    </ul>
  );
}
