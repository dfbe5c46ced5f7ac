import { coreEn } from './en-core';
import { campaignPageEn } from './features/campaign-page';
import { founderEn } from './features/founder';
import { honestyCoreEn, honestyEn } from './features/honesty';
import { pledgesEn } from './features/pledges';
import { reviewEn } from './features/review';
import { riskEn } from './features/risk';

/**
 * Every English message: the reference locale. The types read it (a key that is not here is a
 * compile error, i18next.d.ts) and the tests compare the other locales with it. The app itself
 * never imports it: it starts with en-core.ts and each page adds its feature's messages
 * (i18n/bundles/), so the home page does not download the founder's wizard in two languages.
 */
export const en = {
  ...coreEn,
  founder: founderEn,
  review: reviewEn,
  campaignPage: campaignPageEn,
  pledges: pledgesEn,
  risk: riskEn,
  honesty: { ...honestyCoreEn, ...honestyEn },
};

export type Messages = typeof en;
