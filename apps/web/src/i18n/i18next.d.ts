import 'i18next';
import type { Messages } from './en';

// Typed keys: `t('home.titel')` is a compile error, and so is a missing interpolation.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
