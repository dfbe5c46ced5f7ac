import { RISK_FACTOR_LABELS, type RiskFactorKey, type RiskReasonCode } from '@crowdstake/domain/core';

/**
 * Risk factors and their reasons, worded from the API's `reasonCode` and
 * `params` (features/campaigns/risk-reason.ts fills the values in: money in
 * the reader's format, dates, lists). One source for the factor names, used
 * by the campaign page and the review workspace alike; the English names are
 * the domain's own. Plural reasons have `_one`/`_other` forms (i18next `count`).
 */
type ReasonMessages = Omit<Record<RiskReasonCode, string>, 'founded_years_ago' | 'track_record_outcomes'> & {
  founded_years_ago_one: string;
  founded_years_ago_other: string;
  track_record_outcomes_one: string;
  track_record_outcomes_other: string;
};

interface RiskMessages {
  factors: Record<RiskFactorKey, string>;
  reasons: ReasonMessages;
  lessThanOnePercent: string;
}

export const riskEn = {
  factors: RISK_FACTOR_LABELS,
  reasons: {
    identity_verified: 'The founder’s identity has been verified.',
    identity_not_verified: 'The founder’s identity has not been verified.',
    founded_years_ago_one: 'Company founded {{foundedOn}}, {{count}} year ago.',
    founded_years_ago_other: 'Company founded {{foundedOn}}, {{count}} years ago.',
    founded_under_a_year: 'Company founded {{foundedOn}}, less than a year ago.',
    revenue_none: 'The company reports no annual revenue.',
    revenue_at_least: 'Annual revenue of {{revenue}} reaches the band from {{from}}.',
    revenue_below: 'Annual revenue of {{revenue}} is below {{below}}.',
    revenue_band_from: 'Annual revenue of {{from}} or more.',
    revenue_band_between: 'Annual revenue from {{from}} to below {{below}}.',
    revenue_band_below: 'Annual revenue below {{below}}.',
    debt_none: 'The company reports no debt.',
    debt_without_revenue: 'The company owes {{debt}} and reports no revenue.',
    debt_share_of_revenue: 'Debt of {{debt}} is {{percent}} of annual revenue of {{revenue}}.',
    debt_over_twice_revenue: 'Debt of {{debt}} is more than twice the annual revenue of {{revenue}}.',
    debt_with_no_revenue: 'The company has debt and reports no revenue.',
    debt_at_most_third: 'Debt is at most a third of annual revenue.',
    debt_at_most_two_thirds: 'Debt is more than a third and at most two thirds of annual revenue.',
    debt_at_most_revenue: 'Debt is more than two thirds of annual revenue, and at most all of it.',
    debt_at_most_twice_revenue: 'Debt is more than annual revenue, and at most twice it.',
    debt_above_twice_revenue: 'Debt is more than twice annual revenue.',
    goal_without_revenue: 'The goal of {{goal}} cannot be set against revenue: there is none.',
    goal_currency_differs:
      'The goal ({{goal}}) and revenue ({{revenue}}) are in different currencies, so they are not compared; half points.',
    goal_share_of_revenue: 'The goal of {{goal}} is {{percent}} of annual revenue of {{revenue}}.',
    goal_over_twice_revenue: 'The goal of {{goal}} is more than twice the annual revenue of {{revenue}}.',
    goal_not_compared: 'The goal and the revenue are in different currencies, so they are not compared; half points.',
    goal_at_most_quarter: 'The goal is at most a quarter of annual revenue.',
    goal_at_most_half: 'The goal is more than a quarter and at most half of annual revenue.',
    goal_at_most_revenue: 'The goal is more than half of annual revenue, and at most all of it.',
    goal_at_most_twice_revenue: 'The goal is more than annual revenue, and at most twice it.',
    goal_above_twice_revenue: 'The goal is more than twice annual revenue.',
    documents_complete: 'All {{total}} required documents are uploaded.',
    documents_missing: '{{present}} of {{total}} required documents uploaded; missing: {{missing}}.',
    documents_count: '{{present}} of {{total}} required documents uploaded.',
    track_record_none: 'No earlier campaigns: a neutral start.',
    track_record_outcomes_one:
      '{{count}} earlier campaign: {{succeeded}} succeeded, {{failed}} failed, {{cancelled}} cancelled, {{rejected}} rejected.',
    track_record_outcomes_other:
      '{{count}} earlier campaigns: {{succeeded}} succeeded, {{failed}} failed, {{cancelled}} cancelled, {{rejected}} rejected.',
    duplicate_registration_found: 'Another account has registered a company with the same registration number.',
    duplicate_registration_none: 'No other account uses this registration number.',
    duplicate_identity_found: 'Another account uses the same founder identity.',
    duplicate_identity_none: 'No other account uses this founder identity.',
    blacklisted_found: 'The founder or company is on the platform blacklist.',
    blacklisted_none: 'Neither the founder nor the company is on the platform blacklist.',
    risk_disclosure_missing: 'The campaign gives no account of its risks.',
    risk_disclosure_thin:
      'The account of the risks is thin (under {{minimum}} characters); a backer cannot judge the risks from it.',
    risk_disclosure_given: 'The campaign gives an account of its risks of {{minimum}} characters or more.',
    identity_checks_by_staff: 'Checked by our reviewers; the outcome is shown to reviewers only.',
    legacy_reason: 'Assessed before reasons were recorded in every language: {{text}}',
    reason_not_public: 'The details are shown to the company and our reviewers only.',
  },
  lessThanOnePercent: 'less than 1%',
} satisfies RiskMessages;

export const riskZhCN: RiskMessages = {
  factors: {
    identity_verified: '创业者身份已核验',
    company_age: '公司成立年限',
    revenue: '年营收',
    debt_ratio: '负债与营收之比',
    goal_to_revenue: '筹款目标与营收之比',
    documents: '文件完整度',
    track_record: '过往项目',
    risk_disclosure: '风险披露',
    duplicate_registration: '注册号核查',
    duplicate_identity: '创业者身份核查',
    blacklisted: '黑名单核查',
  },
  reasons: {
    identity_verified: '创业者身份已核验。',
    identity_not_verified: '创业者身份尚未核验。',
    founded_years_ago_one: '公司成立于 {{foundedOn}}，已有 {{count}} 年。',
    founded_years_ago_other: '公司成立于 {{foundedOn}}，已有 {{count}} 年。',
    founded_under_a_year: '公司成立于 {{foundedOn}}，不足一年。',
    revenue_none: '公司未申报年营收。',
    revenue_at_least: '年营收 {{revenue}}，达到 {{from}} 起的档位。',
    revenue_below: '年营收 {{revenue}}，低于 {{below}}。',
    revenue_band_from: '年营收不低于 {{from}}。',
    revenue_band_between: '年营收在 {{from}} 至 {{below}}（不含）之间。',
    revenue_band_below: '年营收低于 {{below}}。',
    debt_none: '公司未申报负债。',
    debt_without_revenue: '公司负债 {{debt}}，且未申报营收。',
    debt_share_of_revenue: '负债 {{debt}}，为年营收 {{revenue}} 的 {{percent}}。',
    debt_over_twice_revenue: '负债 {{debt}}，超过年营收 {{revenue}} 的两倍。',
    debt_with_no_revenue: '公司有负债，且未申报营收。',
    debt_at_most_third: '负债不超过年营收的三分之一。',
    debt_at_most_two_thirds: '负债超过年营收的三分之一，但不超过三分之二。',
    debt_at_most_revenue: '负债超过年营收的三分之二，但不超过年营收。',
    debt_at_most_twice_revenue: '负债超过年营收，但不超过其两倍。',
    debt_above_twice_revenue: '负债超过年营收的两倍。',
    goal_without_revenue: '筹款目标 {{goal}} 无法与营收比较：公司没有营收。',
    goal_currency_differs: '筹款目标（{{goal}}）与营收（{{revenue}}）币种不同，不作比较；计一半分数。',
    goal_share_of_revenue: '筹款目标 {{goal}} 为年营收 {{revenue}} 的 {{percent}}。',
    goal_over_twice_revenue: '筹款目标 {{goal}} 超过年营收 {{revenue}} 的两倍。',
    goal_not_compared: '筹款目标与营收币种不同，不作比较；计一半分数。',
    goal_at_most_quarter: '筹款目标不超过年营收的四分之一。',
    goal_at_most_half: '筹款目标超过年营收的四分之一，但不超过一半。',
    goal_at_most_revenue: '筹款目标超过年营收的一半，但不超过年营收。',
    goal_at_most_twice_revenue: '筹款目标超过年营收，但不超过其两倍。',
    goal_above_twice_revenue: '筹款目标超过年营收的两倍。',
    documents_complete: '{{total}} 份必需文件均已上传。',
    documents_missing: '已上传 {{present}} / {{total}} 份必需文件；缺少：{{missing}}。',
    documents_count: '已上传 {{present}} / {{total}} 份必需文件。',
    track_record_none: '没有过往项目：以中性分数起步。',
    track_record_outcomes_one:
      '过往项目 {{count}} 个：成功 {{succeeded}} 个，失败 {{failed}} 个，取消 {{cancelled}} 个，被拒 {{rejected}} 个。',
    track_record_outcomes_other:
      '过往项目 {{count}} 个：成功 {{succeeded}} 个，失败 {{failed}} 个，取消 {{cancelled}} 个，被拒 {{rejected}} 个。',
    duplicate_registration_found: '另一个账户已用相同的注册号登记公司。',
    duplicate_registration_none: '没有其他账户使用此注册号。',
    duplicate_identity_found: '另一个账户使用了相同的创业者身份。',
    duplicate_identity_none: '没有其他账户使用此创业者身份。',
    blacklisted_found: '创业者或公司在平台黑名单上。',
    blacklisted_none: '创业者和公司均不在平台黑名单上。',
    risk_disclosure_missing: '项目没有说明其风险。',
    risk_disclosure_thin: '风险说明过于简略（不足 {{minimum}} 个字符），支持者无法据此判断风险。',
    risk_disclosure_given: '项目对其风险的说明不少于 {{minimum}} 个字符。',
    identity_checks_by_staff: '由我们的审核员核查；结果仅对审核员可见。',
    legacy_reason: '此评估早于多语言说明，仅有英文原文：{{text}}',
    reason_not_public: '详情仅向公司和我们的审核员展示。',
  },
  lessThanOnePercent: '不到 1%',
};
