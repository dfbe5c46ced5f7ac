import {
  isCurrencyCode,
  RISK_MONEY_PARAMS,
  RISK_REASON_CODES,
  type RiskFactorView,
  type RiskReasonCode,
} from '@crowdstake/domain/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from './view/plain-terms';
import { formatAmount } from '../../components/formatting';

export interface WordedReason {
  text: string;
  /** Set when the words are the API's English sentence (a reason this build does not know, or a legacy one). */
  lang?: 'en';
}

const isKnownCode = (code: string): code is RiskReasonCode => (RISK_REASON_CODES as readonly string[]).includes(code);

/**
 * A risk factor's reason in the reader's language, from its code and params: money in the
 * reader's format and in its own currency (the goal in `goalCurrency` when that differs), dates
 * as calendar days, percentages whole, missing documents by their names. A code this build does
 * not know keeps the API's English sentence, marked as English.
 */
export function wordRiskReason(factor: RiskFactorView, t: TFunction, locale: string): WordedReason {
  const code = factor.reasonCode as string;
  if (!isKnownCode(code)) return { text: factor.reason, lang: 'en' };
  const params = factor.params ?? {};
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number' || typeof value === 'string') values[name] = value;
  }
  const currency = String(params.currency ?? '');
  for (const name of RISK_MONEY_PARAMS) {
    const amount = params[name];
    const inCurrency = name === 'goal' && typeof params.goalCurrency === 'string' ? params.goalCurrency : currency;
    if (typeof amount === 'number' && isCurrencyCode(inCurrency))
      values[name] = formatAmount(amount, inCurrency, locale);
  }
  if (typeof params.percent === 'number') {
    values.percent =
      params.percent === 0
        ? t('risk.lessThanOnePercent')
        : new Intl.NumberFormat(locale, { style: 'percent' }).format(params.percent / 100);
  }
  if (typeof params.foundedOn === 'string') values.foundedOn = formatCalendarDate(params.foundedOn, locale);
  if (Array.isArray(params.missing)) {
    const names = (params.missing as readonly string[]).map((kind) =>
      t(`vocabulary.documentKinds.${kind}` as 'vocabulary.documentKinds.other', { defaultValue: kind }),
    );
    values.missing = new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);
  }
  if (code === 'founded_years_ago') values.count = Number(params.years);
  if (code === 'track_record_outcomes') values.count = Number(params.total);
  const text = t(`risk.reasons.${code}` as 'risk.reasons.identity_verified', values);
  return { text };
}

/** The factor's name in the reader's language; a factor this build does not know keeps the API's label. */
export function riskFactorLabel(factor: Pick<RiskFactorView, 'key' | 'label'>, t: TFunction): string {
  return t(`risk.factors.${factor.key}`, { defaultValue: factor.label });
}

export function useRiskWording() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return {
    reason: (factor: RiskFactorView) => wordRiskReason(factor, t, locale),
    label: (factor: Pick<RiskFactorView, 'key' | 'label'>) => riskFactorLabel(factor, t),
  };
}
