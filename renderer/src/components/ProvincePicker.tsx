// A searchable choice of the 34 provinces and cities (ARIA combobox with a listbox): the clerk
// types without diacritics, a former province's name finds the province it is now part of, the
// arrow keys move, Enter chooses. What is chosen is a code; free text is never sent.
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { provinceByCode, resolveProvince, searchProvinces } from '../../../shared/identity/provinces';
import type { FieldControlProps } from './Field';

export function ProvincePicker(props: {
  control: FieldControlProps;
  name: string;
  /** The chosen code, '' while none is. */
  value: string;
  onChange: (code: string) => void;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const chosen = provinceByCode(props.value);
  const [query, setQuery] = useState(chosen?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const matches = searchProvinces(chosen && query === chosen.name ? '' : query);
  const optionId = (i: number) => `${listId}-${i}`;

  function choose(code: string) {
    const p = provinceByCode(code);
    if (!p) return;
    props.onChange(code);
    setQuery(p.name);
    setOpen(false);
  }

  function type(text: string) {
    setQuery(text);
    setActive(0);
    setOpen(true);
    if (props.value !== '') props.onChange('');
  }

  function key(e: KeyboardEvent<HTMLInputElement>) {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length === 0 ? 0 : (i + step + matches.length) % matches.length));
    } else if (e.key === 'Enter' && open) {
      // Enter chooses the highlighted province; it does not submit the form half-filled.
      e.preventDefault();
      const m = matches[active];
      if (m) choose(m.province.code);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  }

  /** Leaving the field with a name typed in full (with or without diacritics) chooses it too. */
  function leave() {
    setOpen(false);
    if (props.value !== '' || query.trim() === '') return;
    const r = resolveProvince(query);
    if (r.ok) choose(r.province.code);
  }

  const expanded = open && matches.length > 0;
  return (
    <div className="province-picker">
      <input
        {...props.control}
        name={props.name}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => type(e.target.value)}
        onKeyDown={key}
        onFocus={() => setOpen(props.value === '')}
        onBlur={leave}
      />
      <ul id={listId} role="listbox" aria-label={t('setup.province')} className="province-picker__list" hidden={!expanded}>
        {matches.map((m, i) => (
          <li
            key={m.province.code}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="province-picker__option"
            // Chosen on mousedown, before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(m.province.code);
            }}
          >
            {m.province.name}
            {m.via && <span className="province-picker__via"> {t('setup.provinceVia', { former: m.via })}</span>}
          </li>
        ))}
      </ul>
      {open && matches.length === 0 && <p className="field__hint">{t('setup.provinceNone')}</p>}
    </div>
  );
}
