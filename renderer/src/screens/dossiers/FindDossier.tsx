// "Tìm hồ sơ": one search field (a combobox over the results listbox, as in the lookup) that
// takes a slip number, S10, the receipt QR's text, a name without diacritics, an ID number or a
// phone, and filters by received day, procedure and status. Enter opens the active dossier.
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../../../../shared/contract/commands';
import { dossierStatuses } from '../../../../shared/dossier/lifecycle';
import { dossierStatusLabels } from '../../../../shared/contract/messages';
import { formatDayVi } from '../../../../shared/calendar/day';
import { formatDateTime } from '../../../../shared/format';
import { ErrorAlert } from '../../components/Notice';
import { Field } from '../../components/Field';
import { useDraft } from '../../hooks/use-draft';
import { useQuery } from '../../hooks/use-query';
import { currentLanguage } from '../../i18n';
import { listCursor, onCursorKey } from '../lookup/list-cursor';
import { optionId } from '../lookup/ResultList';

interface Search {
  query: string;
  from: string;
  to: string;
  procedureCode: string;
  status: string;
  active: number;
}

const empty: Search = { query: '', from: '', to: '', procedureCode: '', status: '', active: -1 };

export function FindDossier(props: { onOpen: (slip: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const listboxId = useId();
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [search, setSearch] = useDraft<Search>('register.search', empty);
  const request: CommandInput<'dossiers.find'> = {
    query: search.query,
    from: search.from || null,
    to: search.to || null,
    procedureCode: search.procedureCode.trim() || null,
    status: (search.status || null) as CommandInput<'dossiers.find'>['status'],
  };
  const found = useQuery('dossiers.find', request);
  const hits = found.data?.hits ?? [];
  const setActive = (active: number) => setSearch((s) => ({ ...s, active }));
  const open = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    setActive(index);
    props.onOpen(hit.slipNumber);
  };
  const cursor = listCursor(hits.length, search.active, setActive, open);
  const change = (key: keyof Search, value: string) => setSearch((s) => ({ ...s, [key]: value, active: -1 }));

  useEffect(() => input.current?.focus(), []);

  return (
    <section
      className="register"
      aria-labelledby="register-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onClose();
        }
      }}
    >
      <div className="register__head">
        <h2 id="register-title">{t('register.title')}</h2>
        <button type="button" onClick={props.onClose}>
          {t('register.close')} <kbd>Esc</kbd>
        </button>
      </div>
      <div className="lookup__bar">
        <div className="lookup__search">
          <label htmlFor="register-search" className="lookup__label">
            {t('register.searchLabel')}
          </label>
          <input
            ref={input}
            id="register-search"
            type="search"
            role="combobox"
            className="lookup__input"
            value={search.query}
            placeholder={t('register.searchPlaceholder')}
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={hits.length > 0}
            aria-controls={listboxId}
            aria-activedescendant={cursor.active >= 0 ? optionId(listboxId, cursor.active) : undefined}
            aria-describedby={hintId}
            onChange={(e) => change('query', e.target.value)}
            onKeyDown={(e) => onCursorKey(e, cursor)}
          />
        </div>
        <div className="lookup__filters" role="group" aria-label={t('register.filtersLabel')}>
          <Field label={t('register.from')} className="lookup__filter">
            {(control) => <input {...control} type="date" value={search.from} onChange={(e) => change('from', e.target.value)} />}
          </Field>
          <Field label={t('register.to')} className="lookup__filter">
            {(control) => <input {...control} type="date" value={search.to} onChange={(e) => change('to', e.target.value)} />}
          </Field>
          <Field label={t('register.procedure')} className="lookup__filter">
            {(control) => <input {...control} value={search.procedureCode} autoComplete="off" onChange={(e) => change('procedureCode', e.target.value)} />}
          </Field>
          <Field label={t('register.status')} className="lookup__filter">
            {(control) => (
              <select {...control} value={search.status} onChange={(e) => change('status', e.target.value)}>
                <option value="">{t('register.anyStatus')}</option>
                {dossierStatuses.map((s) => (
                  <option key={s} value={s}>
                    {dossierStatusLabels[s][lang]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </div>
      <ErrorAlert message={found.error} />
      <div className="lookup__meta">
        <p role="status" className="lookup__count">
          {found.data &&
            (hits.length === 0
              ? t('register.none')
              : `${t(`register.readAs.${found.data.readAs}`)}: ${t('register.count', { count: hits.length })}${found.data.more ? `. ${t('register.more', { shown: hits.length })}` : ''}`)}
        </p>
        <p className="lookup__hint" id={hintId}>
          {t('register.hint')}
        </p>
      </div>
      <ul
        id={listboxId}
        role="listbox"
        className="results"
        tabIndex={0}
        aria-label={t('register.results')}
        aria-activedescendant={cursor.active >= 0 ? optionId(listboxId, cursor.active) : undefined}
        onKeyDown={(e) => onCursorKey(e, cursor)}
      >
        {hits.map((hit, index) => (
          <li
            key={hit.slipNumber}
            id={optionId(listboxId, index)}
            role="option"
            className="results__option"
            aria-selected={index === cursor.active}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => open(index)}
          >
            <span className="results__name">
              {hit.applicantName} — {dossierStatusLabels[hit.status][lang]}
              {hit.readyAtAgency && (
                <>
                  {' '}
                  <span className="badge badge--warn">{t('agencyResults.badge')}</span>
                </>
              )}
            </span>{' '}
            <span className="results__meta">
              {t('register.hitMeta', {
                slip: hit.slipNumber,
                procedure: `${hit.procedureCode} ${hit.procedureName}`,
                received: formatDateTime(hit.receivedAt, lang),
                due: formatDayVi(hit.dueDate),
              })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
