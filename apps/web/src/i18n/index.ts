import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { coreEn } from './en-core';
import { shareClassName } from './share-class';
import { coreZhCN } from './zh-CN-core';

export const SUPPORTED_LANGUAGES = [
  // Each language is named in itself, so a person who cannot read the current one still finds theirs.
  { code: 'en', label: 'English', short: 'EN' },
  { code: 'zh-CN', label: '中文（简体）', short: '中文' },
] as const;
export type LanguageCode = (typeof SUPPORTED_LANGUAGES)[number]['code'];

const STORAGE_KEY = 'crowdstake.language';

function isLanguageCode(value: string | null | undefined): value is LanguageCode {
  return SUPPORTED_LANGUAGES.some((language) => language.code === value);
}

/** The person's earlier choice, else the browser's first Chinese or English preference. */
export function initialLanguage(stored: string | null, preferred: readonly string[]): LanguageCode {
  if (isLanguageCode(stored)) return stored;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be blocked (private mode, strict settings); the choice then lasts a visit
  }
}

export function changeLanguage(code: LanguageCode): Promise<unknown> {
  try {
    window.localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // see readStoredLanguage
  }
  return i18n.changeLanguage(code);
}

export function currentLanguage(): LanguageCode {
  return isLanguageCode(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

// Screen readers pick their voice from <html lang>, so it follows every change of language.
i18n.on('languageChanged', (code) => {
  document.documentElement.lang = code;
});

void i18n.use(initReactI18next).init({
  // The core only; each page adds its feature's messages (add-messages.ts). Copies, because the
  // store merges those additions into the objects it is given.
  resources: {
    en: { translation: structuredClone(coreEn) },
    'zh-CN': { translation: structuredClone(coreZhCN) },
  },
  lng: initialLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]),
  fallbackLng: 'en',
  supportedLngs: SUPPORTED_LANGUAGES.map((language) => language.code),
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false, // resources are bundled, so the first render already has its words
  // A key with no message is a page that forgot its bundle (message-bundles.spec.ts guards the
  // code; this, seen by the browser tests' console guard, guards what reaches the screen).
  saveMissing: true,
  missingKeyHandler: (_languages, _namespace, key) => console.error(`Missing message: ${key}`),
});

// `{{shareClass, shareClass}}`: a founder's share class in the reader's words ("Common" / "普通股").
i18n.services.formatter?.add('shareClass', (value, lng) => shareClassName(String(value), lng));

export default i18n;
