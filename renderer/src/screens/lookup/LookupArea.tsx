// Tra cứu thủ tục: find a procedure as the citizen names it, read its particulars and
// checklist, print the guidance slip, or hand it to intake.
import { useCallback } from 'react';
import { useDraft } from '../../hooks/use-draft';
import type { AreaId } from '../areas';
import { chosenProcedureDraft, type ChosenProcedure } from '../chosen-procedure';
import { LookupList } from './LookupList';
import { ProcedureDetail } from './ProcedureDetail';

export function LookupArea(props: { onOpenArea: (id: AreaId) => void }) {
  const { onOpenArea } = props;
  /** The procedure open in the detail view; null shows the list. */
  const [openCode, setOpenCode] = useDraft<string | null>('lookup.open', null);
  const [, setChosen] = useDraft<ChosenProcedure | null>(chosenProcedureDraft, null);
  const back = useCallback(() => setOpenCode(null), [setOpenCode]);
  const startIntake = useCallback(
    (chosen: ChosenProcedure) => {
      setChosen(chosen);
      onOpenArea('intake');
    },
    [setChosen, onOpenArea],
  );

  if (openCode === null) return <LookupList onOpen={setOpenCode} />;
  return <ProcedureDetail key={openCode} code={openCode} onBack={back} onStartIntake={startIntake} />;
}
