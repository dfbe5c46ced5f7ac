import type { Messages } from './en';
import { campaignPageZhCN } from './features/campaign-page';
import { founderZhCN } from './features/founder';
import { honestyCoreZhCN, honestyZhCN } from './features/honesty';
import { pledgesZhCN } from './features/pledges';
import { reviewZhCN } from './features/review';
import { riskZhCN } from './features/risk';
import { coreZhCN } from './zh-CN-core';

/**
 * Every Simplified Chinese message, typed against the English, so no key can be missing or extra.
 * Like en.ts, for the types and the tests; the app loads it in parts (i18n/bundles/).
 */
export const zhCN: Messages = {
  ...coreZhCN,
  founder: founderZhCN,
  review: reviewZhCN,
  campaignPage: campaignPageZhCN,
  pledges: pledgesZhCN,
  risk: riskZhCN,
  honesty: { ...honestyCoreZhCN, ...honestyZhCN },
};
