// The list view: the search field, the filters, the results and what they amount to.
import { useId } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Notice';
import { useQuery } from '../../hooks/use-query';
import { Filters } from './Filters';
import { listCursor } from './list-cursor';
import { ResultList } from './ResultList';
import { PartialMatchNotice } from './PartialMatchNotice';
import { SampleNotice } from './SampleNotice';
import { SearchBox } from './SearchBox';
import { useCatalogueSearch, useSearchState, type SearchResults } from './search-state';

export function LookupList(props: { onOpen: (code: string) => void }) {
  const { t } = useTranslation();
  const listboxId = useId();
  const hintId = useId();
  const [search, setSearch] = useSearchState();
  const { results, current, error } = useCatalogueSearch(search);
  const filters = useQuery('catalogue.filters', {});
  const hits = results?.hits ?? [];
  const setActive = (active: number) => setSearch((s) => ({ ...s, active }));
  const cursor = listCursor(hits.length, search.active, setActive, open);

  function open(index: number) {
    const hit = hits[index];
    if (!hit) return;
    setActive(index);
    props.onOpen(hit.code);
  }

  return (
    <div className="lookup-list">
      <SampleNotice catalogue={results?.catalogue} />
      <div className="lookup__bar">
        <SearchBox
          value={search.query}
          onChange={(query) => setSearch((s) => ({ ...s, query, active: -1 }))}
          listboxId={listboxId}
          expanded={hits.length > 0}
          hintId={hintId}
          cursor={cursor}
        />
        <Filters
          values={filters.data}
          chosen={search}
          onChange={(key, value) => setSearch((s) => ({ ...s, [key]: value, active: -1 }))}
        />
      </div>
      <ErrorAlert message={error ?? filters.error} />
      <div className="lookup__meta">
        <p role="status" className="lookup__count">
          {summary(results, t)}
        </p>
        <p className="lookup__hint" id={hintId}>
          {t('lookup.searchHint')}
        </p>
      </div>
      {results && !results.catalogue && <p className="notice">{t('lookup.noCatalogue')}</p>}
      <PartialMatchNotice results={results} />
      <ResultList id={listboxId} hits={hits} cursor={cursor} busy={!current} onOpen={open} />
    </div>
  );
}

// The plain TFunction: the inferred one of useTranslation grows too deep for the compiler as the strings grow.
type T = TFunction;

/**
 * The live summary of the results on screen. It changes only when an answer arrives, so a
 * screen reader hears the count once the typing settles rather than a word per keystroke.
 */
function summary(results: SearchResults | null, t: T): string {
  if (!results?.catalogue) return '';
  if (results.total === 0) return t('lookup.none');
  const [query = '', ...filters] = JSON.parse(results.key) as string[];
  if (query.trim() === '' && filters.every((f) => f === '')) return t('lookup.popular');
  const count = t('lookup.count', { count: results.total });
  return results.total > results.hits.length ? `${count}. ${t('lookup.more', { shown: results.hits.length })}` : count;
}
