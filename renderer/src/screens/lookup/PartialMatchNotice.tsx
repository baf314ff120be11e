import { useTranslation } from 'react-i18next';
import type { SearchResults } from './search-state';

/**
 * Says plainly, above the list, when no procedure holds every word typed, and which typed words
 * no procedure holds at all ("căn cước"), so the partial matches below are not taken for the answer.
 */
export function PartialMatchNotice(props: { results: SearchResults | null }) {
  const { t } = useTranslation();
  const { results } = props;
  // Results kept from an older version of the screen have no `complete`: nothing to say then.
  if (!results?.catalogue || results.complete !== false) return null;
  const words = (results.unmatched ?? []).map((word) => t('lookup.quoted', { word })).join(', ');
  return (
    <p className="notice notice--warn lookup__partial" role="note">
      {words ? t('lookup.incompleteMissing', { words }) : t('lookup.incomplete')}
      {results.hits.length > 0 && ` ${t('lookup.partialBelow')}`}
    </p>
  );
}
