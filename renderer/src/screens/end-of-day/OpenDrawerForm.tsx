// Opening the drawer: the float counted note by note, then "Mở két".
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { coinValues, noteValues } from '../../../../shared/contract/day';
import type { Lang } from '../../../../shared/contract/messages';
import { formatVnd } from '../../../../shared/format';
import { ErrorAlert } from '../../components/Notice';
import { useAction } from '../../hooks/use-action';
import { useDraft } from '../../hooks/use-draft';
import { DenominationCount } from './DenominationCount';
import { emptyDrawer, toDrawerCount, type TypedDrawer } from './drawer-count';

export function OpenDrawerForm(props: { onOpened(message: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const opening = useAction('drawer.open');
  const [typed, setTyped] = useDraft<TypedDrawer>('endOfDay.float', emptyDrawer);
  const [refused, setRefused] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const count = toDrawerCount(typed);
    setRefused(count === null);
    if (!count) return;
    const result = await opening.run({ count });
    if (result?.ok) {
      setTyped(emptyDrawer);
      props.onOpened(t('endOfDay.drawer.openedNow', { amount: formatVnd(result.value.floatVnd, lang) }));
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={opening.pending} aria-label={t('endOfDay.drawer.open')}>
      <p>{t('endOfDay.drawer.none')}</p>
      <DenominationCount
        caption={t('endOfDay.drawer.floatCaption')}
        notes={noteValues}
        coins={coinValues}
        typed={typed.notes}
        coinsTyped={typed.coins}
        onChange={(notes, coins) => setTyped({ notes, coins })}
      />
      <ErrorAlert message={refused ? t('endOfDay.count.fixFirst') : opening.error?.message} />
      <div className="actions actions--start">
        <button type="submit" className="button button--primary">
          {t('endOfDay.drawer.open')}
        </button>
      </div>
    </form>
  );
}
