import { useTranslation } from 'react-i18next';
import type { CatalogueInfo } from '../../../../shared/contract/commands';

/** Said plainly on every lookup view while the catalogue is the bundled sample. */
export function SampleNotice(props: { catalogue: CatalogueInfo | null | undefined }) {
  const { t } = useTranslation();
  if (!props.catalogue?.sample) return null;
  return (
    <p className="notice notice--warn lookup__sample" role="note">
      {t('lookup.sample')}
    </p>
  );
}
