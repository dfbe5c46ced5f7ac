import i18n from './index';
import type { Messages } from './en';

/** Part of the messages, in the shape of the whole (a feature's top-level key and below). */
type Part = { [K in keyof Messages]?: unknown };

/**
 * Adds a feature's messages in both languages to the one namespace, merged into what is there
 * (so `honesty.*` can come in two parts). A page's module imports the bundles it shows, so they
 * arrive with its code, before it renders; message-bundles.spec.ts checks that none is missing.
 */
export function addMessages(en: Part, zhCN: Part): void {
  i18n.addResourceBundle('en', 'translation', en, true, false);
  i18n.addResourceBundle('zh-CN', 'translation', zhCN, true, false);
}
