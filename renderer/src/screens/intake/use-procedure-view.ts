// The form's procedure as the catalogue version the clerk read holds it (catalogue.show with
// that version), for the particulars and the checklist on screen.
import { useEffect, useState } from 'react';
import type { CommandOutput } from '../../../../shared/contract/commands';
import { useApi } from '../../api/api-context';
import { isSessionLoss } from '../../api/guarded-client';
import type { ChosenProcedure } from '../chosen-procedure';

type Shown = CommandOutput<'catalogue.show'>;

export function useProcedureView(procedure: ChosenProcedure | null): { data: Shown | null; error: string | null } {
  const api = useApi();
  const code = procedure?.code ?? null;
  const versionId = procedure?.versionId ?? null;
  const key = code === null ? '' : `${code}@${versionId ?? ''}`;
  const [state, setState] = useState<{ key: string; data: Shown | null; error: string | null }>({ key: '', data: null, error: null });

  useEffect(() => {
    if (code === null) return;
    let alive = true;
    void api.call('catalogue.show', { code, ...(versionId ? { versionId } : {}) }).then((result) => {
      if (!alive) return;
      if (result.ok) setState({ key, data: result.value, error: null });
      else if (!isSessionLoss(result.error)) setState({ key, data: null, error: result.error.message });
    });
    return () => {
      alive = false;
    };
  }, [api, key, code, versionId]);

  return state.key === key ? state : { data: null, error: null };
}
