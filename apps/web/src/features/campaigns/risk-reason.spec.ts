import {
  computeRiskAssessment,
  RISK_FACTOR_KEYS,
  RISK_REASON_CODES,
  riskViewFor,
  type RiskFactorView,
  type RiskInput,
} from '@crowdstake/domain/core';
import i18next, { type TFunction } from 'i18next';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { riskFactorLabel, wordRiskReason } from './risk-reason';

const i18n = i18next.createInstance();
void i18n.init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: 'en',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  initAsync: false,
});
const tIn = (language: string) => i18n.getFixedT(language) as TFunction;

const input: RiskInput = {
  identityVerified: true,
  foundedOn: '2018-04-01',
  annualRevenue: 48_000_000,
  totalDebt: 12_000_000,
  companyCurrency: 'USD',
  goal: 5_000_000,
  campaignCurrency: 'USD',
  documentKinds: ['identity'],
  earlierCampaigns: { succeeded: 1, failed: 1, cancelled: 0, rejected: 0 },
  duplicateRegistrationNumber: true,
  duplicateIdentity: false,
  blacklisted: false,
};
const stored = { ...computeRiskAssessment(input, new Date('2025-06-15T12:00:00Z')), assessedAt: '2025-06-15' };
const factorsFor = (audience: 'staff' | 'company' | 'public') => riskViewFor(stored, audience)!.factors;
const find = (factors: RiskFactorView[], key: string) => factors.find((f) => f.key === key)!;

describe('risk reasons in every language', () => {
  it('has words for every reason code and every factor in English and Chinese', () => {
    for (const language of ['en', 'zh-CN']) {
      const t = tIn(language);
      for (const key of RISK_FACTOR_KEYS) expect(i18n.exists(`risk.factors.${key}`, { lng: language })).toBe(true);
      for (const reasonCode of RISK_REASON_CODES) {
        const count = reasonCode === 'founded_years_ago' || reasonCode === 'track_record_outcomes' ? 2 : undefined;
        expect(t(`risk.reasons.${reasonCode}` as 'risk.reasons.identity_verified', { count })).not.toMatch(/^risk\./);
      }
    }
  });

  it('words the English reasons as the API does, figures included (whole amounts without needless cents)', () => {
    for (const audience of ['staff', 'public'] as const)
      for (const factor of factorsFor(audience).filter((f) => !['company_age', 'documents'].includes(f.key)))
        expect(wordRiskReason(factor, tIn('en'), 'en')).toEqual({ text: factor.reason.replace(/\.00\b/g, '') });
  });

  it('gives a Chinese reader no English sentence, for the public and for staff', () => {
    for (const audience of ['staff', 'company', 'public'] as const) {
      for (const factor of factorsFor(audience)) {
        const worded = wordRiskReason(factor, tIn('zh-CN'), 'zh-CN');
        expect(worded.lang).toBeUndefined();
        // Currency symbols such as "US$" aside, no Latin words.
        expect(worded.text.replace(/US\$/g, '')).not.toMatch(/[A-Za-z]{2,}/);
        expect(riskFactorLabel(factor, tIn('zh-CN'))).not.toMatch(/[A-Za-z]/);
      }
    }
    expect(wordRiskReason(find(factorsFor('staff'), 'debt_ratio'), tIn('zh-CN'), 'zh-CN').text).toBe(
      '负债 US$120,000，为年营收 US$480,000 的 25%。',
    );
    expect(wordRiskReason(find(factorsFor('public'), 'revenue'), tIn('zh-CN'), 'zh-CN').text).toBe(
      '年营收在 US$250,000 至 US$1,000,000（不含）之间。',
    );
    expect(wordRiskReason(find(factorsFor('staff'), 'documents'), tIn('zh-CN'), 'zh-CN').text).toBe(
      '已上传 1 / 3 份必需文件；缺少：营业执照和财务报表。',
    );
  });

  it('keeps the API’s English sentence, marked as English, for a reason this build does not know', () => {
    const future = { ...find(factorsFor('public'), 'revenue'), reasonCode: 'revenue_from_the_future' } as never;
    expect(wordRiskReason(future, tIn('zh-CN'), 'zh-CN')).toEqual({
      text: 'Annual revenue from $250,000.00 to below $1,000,000.00.',
      lang: 'en',
    });
  });
});
