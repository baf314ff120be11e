import { useTranslation } from 'react-i18next';
import type { Area, AreaId } from './areas';

/** The left navigation. Each button's accessible name is the area's name alone; the shortcut is announced through aria-keyshortcuts. */
export function NavBar(props: { areas: readonly Area[]; current: AreaId; onOpen: (id: AreaId) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <p className="nav__brand">{t('app.title')}</p>
      <ul className="nav__list">
        {props.areas.map((area) => (
          <li key={area.id}>
            <button
              type="button"
              className="nav__item"
              aria-current={area.id === props.current ? 'page' : undefined}
              aria-keyshortcuts={`Alt+${area.digit}`}
              onClick={() => props.onOpen(area.id)}
            >
              <span className="nav__label">{t(`nav.${area.id}`)}</span>
              <kbd className="nav__key" aria-hidden="true">
                Alt+{area.digit}
              </kbd>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
