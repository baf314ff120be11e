// i18next set-up: Vietnamese by default, the person's choice kept on this machine.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../../../shared/contract/messages';
import { en } from './en';
import { vi } from './vi';

const storageKey = 'counter.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

function storedLanguage(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

function reflectInDocument(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = i18n.t('app.title');
}

export function currentLanguage(): Lang {
  return i18n.language === 'en' ? 'en' : 'vi';
}

export async function setLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Private mode or a locked-down profile: the choice lasts for this session only.
  }
  await i18n.changeLanguage(lang);
}

i18n.on('languageChanged', () => reflectInDocument(currentLanguage()));

void i18n.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

reflectInDocument(currentLanguage());

export default i18n;
