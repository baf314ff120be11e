// What the lookup list shows, kept in the drafts so that opening a procedure and coming back
// (or a screen lock) finds the same query, filters, results and active option.
import { useEffect, useRef, useState } from 'react';
import type { CatalogueInfo, SearchHit } from '../../../../shared/contract/commands';
import { useApi } from '../../api/api-context';
import { isSessionLoss } from '../../api/guarded-client';
import { useDraft } from '../../hooks/use-draft';

export interface SearchParams {
  query: string;
  field: string;
  agency: string;
  level: string;
}

export interface SearchState extends SearchParams {
  /** Index of the active option in `hits`; -1 while the person has not moved (Enter opens the first). */
  active: number;
}

export interface SearchResults {
  /** The params these results answer (JSON), to tell a current answer from an old one. */
  key: string;
  hits: SearchHit[];
  total: number;
  /** False when no procedure holds every word typed (the hits are partial matches). */
  complete: boolean;
  /** Then, the typed words no procedure holds at all. */
  unmatched: string[];
  catalogue: CatalogueInfo | null;
}

/** How many results the list shows at most. */
export const resultLimit = 30;

export const initialSearch: SearchState = { query: '', field: '', agency: '', level: '', active: -1 };

export function paramsKey(p: SearchParams): string {
  return JSON.stringify([p.query, p.field, p.agency, p.level]);
}

export function useSearchState() {
  return useDraft<SearchState>('lookup.search', initialSearch);
}

/**
 * Searches on every change of the params and keeps only the answer to the latest one
 * (answers to earlier keystrokes that arrive late are dropped). `current` is false while the
 * shown results answer an earlier query.
 */
export function useCatalogueSearch(
  params: SearchParams,
  /** Where the results are kept: each search field (lookup, intake) keeps its own. */
  resultsDraft = 'lookup.results',
): {
  results: SearchResults | null;
  current: boolean;
  error: string | null;
} {
  const api = useApi();
  const [results, setResults] = useDraft<SearchResults | null>(resultsDraft, null);
  const [error, setError] = useState<string | null>(null);
  const shownKey = useRef(results?.key);
  shownKey.current = results?.key;
  const key = paramsKey(params);

  useEffect(() => {
    if (shownKey.current === key) return; // coming back to the list: the results are still these
    let latest = true;
    const [query, field, agency, level] = JSON.parse(key) as [string, string, string, string];
    void api
      .call('catalogue.search', {
        query,
        limit: resultLimit,
        ...(field ? { field } : {}),
        ...(agency ? { agency } : {}),
        ...(level ? { level } : {}),
      })
      .then((result) => {
        if (!latest) return; // a newer keystroke's search is on its way, or the list is gone
        if (result.ok) {
          setResults({ key, ...result.value });
          setError(null);
        } else if (!isSessionLoss(result.error)) {
          setError(result.error.message);
        }
      });
    return () => {
      latest = false;
    };
  }, [api, key, setResults]);

  return { results, current: results?.key === key, error };
}
