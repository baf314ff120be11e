// The search field. It keeps the cursor while the person moves through the results: the
// arrows change the active option (aria-activedescendant), Enter opens it.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export function SearchBox(props: {
  value: string;
  onChange: (value: string) => void;
  listboxId: string;
  /** The active option's element id, when an option is active. */
  activeId: string | undefined;
  hintId: string;
  onMove: (delta: number) => void;
  onEnter: () => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);

  // The area opens (or comes back from a procedure) with the cursor here, ready to type.
  useEffect(() => input.current?.focus(), []);

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    const move = moves[e.key];
    if (move !== undefined) {
      e.preventDefault();
      props.onMove(move);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      props.onEnter();
    }
  }

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
        className="lookup__input"
        value={props.value}
        placeholder={t('lookup.searchPlaceholder')}
        autoComplete="off"
        spellCheck={false}
        aria-controls={props.listboxId}
        aria-activedescendant={props.activeId}
        aria-describedby={props.hintId}
        onChange={(e) => props.onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
