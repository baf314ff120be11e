// "Két tiền của tôi": the signed-in person's drawer today — opened with a float, its
// expected cash as the day goes, cash paid in or out, then counted and closed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../../shared/contract/messages';
import { formatVnd } from '../../../../shared/format';
import { SuccessStatus } from '../../components/Notice';
import { Section } from '../../components/Section';
import { useQuery } from '../../hooks/use-query';
import { CashMoveForm } from './CashMoveForm';
import { CloseDrawerForm } from './CloseDrawerForm';
import { DrawerFigures } from './DrawerFigures';
import { OpenDrawerForm } from './OpenDrawerForm';

export function DrawerSection(props: { toleranceVnd: number | null; signedInAsManager: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const current = useQuery('drawer.current', {}, { onLedgerAppended: true });
  const [notice, setNotice] = useState<string | null>(null);
  const drawer = current.data?.drawer;

  return (
    <Section title={t('endOfDay.drawer.title')}>
      {() => (
        <>
          {current.error && <p className="notice notice--error">{current.error}</p>}
          {!current.data && !current.error && <p>{t('endOfDay.loading')}</p>}
          <SuccessStatus message={notice} />
          {current.data && !drawer && <OpenDrawerForm onOpened={setNotice} />}
          {drawer && (
            <>
              <p>{t('endOfDay.drawer.opened', { at: drawer.openedAtLocal.slice(11, 16), amount: formatVnd(drawer.floatVnd, lang) })}</p>
              <DrawerFigures drawer={drawer} />
              <CashMoveForm drawerId={drawer.drawerId} />
              <CloseDrawerForm key={drawer.drawerId} drawer={drawer} toleranceVnd={props.toleranceVnd} signedInAsManager={props.signedInAsManager} title={t('endOfDay.drawer.close.title')} onClosed={setNotice} />
            </>
          )}
        </>
      )}
    </Section>
  );
}
