// Choosing the procedure right here, with the lookup's search field and result list: type as
// the citizen names it, arrows to move, Enter to take the procedure into the form.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { isSessionLoss } from '../../api/guarded-client';
import { ErrorAlert } from '../../components/Notice';
import { useDraft } from '../../hooks/use-draft';
import type { ChosenProcedure } from '../chosen-procedure';
import { listCursor } from '../lookup/list-cursor';
import { ResultList } from '../lookup/ResultList';
import { SampleNotice } from '../lookup/SampleNotice';
import { SearchBox } from '../lookup/SearchBox';
import { initialSearch, useCatalogueSearch, type SearchState } from '../lookup/search-state';

export function ProcedurePicker(props: { onPick: (chosen: ChosenProcedure) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const listboxId = useId();
  const hintId = useId();
  const [search, setSearch] = useDraft<SearchState>('intake.search', initialSearch);
  const { results, current, error } = useCatalogueSearch(search, 'intake.searchResults');
  const [opening, setOpening] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const hits = results?.hits ?? [];
  const setActive = (active: number) => setSearch((s) => ({ ...s, active }));
  const cursor = listCursor(hits.length, search.active, setActive, (index) => void pick(index));

  /** Reads the procedure's current snapshot, which the form's checklist is then held to. */
  async function pick(index: number) {
    const hit = hits[index];
    if (!hit || opening) return;
    setActive(index);
    setOpening(true);
    setRefusal(null);
    const shown = await api.call('catalogue.show', { code: hit.code });
    setOpening(false);
    if (shown.ok) {
      const { procedure, catalogue, snapshotHash } = shown.value;
      props.onPick({ code: procedure.code, name: procedure.name, caseIndex: 0, versionId: catalogue.versionId, snapshotHash });
    } else if (!isSessionLoss(shown.error)) {
      setRefusal(shown.error.message);
    }
  }

  return (
    <div className="intake-picker" aria-busy={opening || undefined}>
      <SampleNotice catalogue={results?.catalogue} />
      <SearchBox
        value={search.query}
        onChange={(query) => setSearch((s) => ({ ...s, query, active: -1 }))}
        listboxId={listboxId}
        expanded={hits.length > 0}
        hintId={hintId}
        cursor={cursor}
      />
      <p className="lookup__hint" id={hintId}>
        {t('intake.procedure.searchHint')}
      </p>
      <ErrorAlert message={error ?? refusal} />
      {results && !results.catalogue && <p className="notice">{t('lookup.noCatalogue')}</p>}
      <ResultList id={listboxId} hits={hits} cursor={cursor} busy={!current} onOpen={(i) => void pick(i)} />
    </div>
  );
}
