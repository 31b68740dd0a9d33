import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { nb } from './nb.ts';

export type Language = 'nb' | 'en';
export const LANGUAGES: readonly Language[] = ['nb', 'en'];
const STORAGE_KEY = 'samdrift.language';

const isLanguage = (v: unknown): v is Language => v === 'nb' || v === 'en';

/** The language the user chose with the switch, if any. */
export function storedLanguage(): Language | undefined {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLanguage(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Switch language and remember the choice in this browser. */
export function chooseLanguage(lng: Language) {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // private mode: the choice lasts for this page only
  }
  void i18n.changeLanguage(lng);
}

/** Use the signed-in user's own language unless this browser has a choice of its own. */
export function adoptUserLanguage(lng: Language) {
  if (!storedLanguage() && i18n.language !== lng) void i18n.changeLanguage(lng);
}

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'nb';
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = isLanguage(lng) ? lng : 'nb';
});

void i18n.use(initReactI18next).init({
  resources: { nb: { translation: nb }, en: { translation: en } },
  lng: storedLanguage() ?? 'nb',
  fallbackLng: 'nb',
  supportedLngs: ['nb', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = currentLanguage();

export { i18n };
