import { useTranslation } from 'react-i18next';
import type { AreaId } from './areas';

/** An area whose work comes in a later version: what it is for, and plainly that it is not here yet. */
export function ComingArea(props: { area: Exclude<AreaId, 'admin'> }) {
  const { t } = useTranslation();
  return (
    <div className="coming">
      <p className="lead">{t(`areas.${props.area}`)}</p>
      <p className="coming__note">{t('areas.notYet')}</p>
    </div>
  );
}
