// The search field, a combobox over the results (the WAI-ARIA combobox pattern). It keeps the
// cursor while the person moves through the results: the arrows change the active option
// (aria-activedescendant), Enter opens it.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { onCursorKey, type ListCursor } from './list-cursor';
import { optionId } from './ResultList';

export function SearchBox(props: {
  value: string;
  onChange: (value: string) => void;
  listboxId: string;
  /** Whether the listbox shows any option. */
  expanded: boolean;
  hintId: string;
  cursor: ListCursor;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);

  // The area opens (or comes back from a procedure) with the cursor here, ready to type.
  useEffect(() => input.current?.focus(), []);

  return (
    <div className="lookup__search">
      <label htmlFor="lookup-search" className="lookup__label">
        {t('lookup.searchLabel')}
      </label>
      <input
        ref={input}
        id="lookup-search"
        data-autofocus=""
        type="search"
        role="combobox"
        className="lookup__input"
        value={props.value}
        placeholder={t('lookup.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={props.expanded}
        aria-controls={props.listboxId}
        aria-activedescendant={props.cursor.active >= 0 ? optionId(props.listboxId, props.cursor.active) : undefined}
        aria-describedby={props.hintId}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={(e) => onCursorKey(e, props.cursor)}
      />
    </div>
  );
}
