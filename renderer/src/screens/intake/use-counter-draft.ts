// The intake form mirrored to the counter (drafts.save, debounced), so a reload, a crash or
// the browser's Back key does not lose it: the screen's own draft store is the fast path but
// lives only as long as the page; the counter keeps one draft per signed-in clerk. A form
// opened with nothing kept in the page takes the counter's copy, unless the clerk has already
// typed. A blank form (after "Lưu và in", or a new dossier) clears the counter's copy.
import { useEffect, useRef } from 'react';
import { useApi } from '../../api/api-context';
import { newIntakeDraft, type IntakeDraft } from './intake-draft';

const draftName = 'intake';
const mirrorDelayMs = 600;

function isBlank(draft: IntakeDraft): boolean {
  return JSON.stringify({ ...draft, key: '' }) === JSON.stringify({ ...newIntakeDraft(null), key: '' });
}

/** `keptInPage`: the page already had this form (the fast path), so the counter's copy is not asked for. */
export function useCounterDraft(draft: IntakeDraft, restore: (kept: IntakeDraft) => void, keptInPage: boolean): void {
  const api = useApi();
  const latest = useRef(draft);
  latest.current = draft;
  // Nothing is mirrored until the counter's copy was looked at: a blank form would clear it.
  const ready = useRef(keptInPage);
  const sent = useRef<string | null>(null);

  useEffect(() => {
    if (ready.current) return;
    let alive = true;
    void api.call('drafts.get', { name: draftName }).then((r) => {
      if (!alive) return;
      if (r.ok && r.value.body !== null && isBlank(latest.current)) {
        sent.current = r.value.body;
        restore(JSON.parse(r.value.body) as IntakeDraft);
      }
      ready.current = true;
    });
    return () => {
      alive = false;
    };
    // Once per opening of the form.
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => {
      if (!ready.current) return;
      const body = isBlank(draft) ? null : JSON.stringify(draft);
      if (body === sent.current) return;
      sent.current = body;
      void (body === null ? api.call('drafts.clear', { name: draftName }) : api.call('drafts.save', { name: draftName, body }));
    }, mirrorDelayMs);
    return () => clearTimeout(timer);
  }, [api, draft]);
}
