import { useTranslation } from 'react-i18next';
import { useDraft } from '../hooks/use-draft';
import type { AreaId } from './areas';
import { chosenProcedureDraft, type ChosenProcedure } from './chosen-procedure';

/** An area whose work comes in a later version: what it is for, and plainly that it is not here yet. */
export function ComingArea(props: { area: Exclude<AreaId, 'admin' | 'lookup' | 'devices'> }) {
  const { t } = useTranslation();
  return (
    <div className="coming">
      <p className="lead">{t(`areas.${props.area}`)}</p>
      {props.area === 'intake' && <ChosenProcedureNote />}
      <p className="coming__note">{t('areas.notYet')}</p>
    </div>
  );
}

/** Until intake is built: which procedure "Bắt đầu tiếp nhận" brought here. */
function ChosenProcedureNote() {
  const { t } = useTranslation();
  const [chosen] = useDraft<ChosenProcedure | null>(chosenProcedureDraft, null);
  if (!chosen) return null;
  return <p className="coming__chosen">{t('intake.chosen', { name: chosen.name })}</p>;
}
