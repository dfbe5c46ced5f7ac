/**
 * The campaign as backers see it, without data fetching: used by the public campaign page, the
 * founder's preview and the reviewer's page.
 */
export { CampaignDetailView, type CampaignDetailMode, type CampaignDetailViewProps } from './campaign-detail-view';
export { CampaignStatusBadge, CampaignTypeBadge } from './campaign-header';
export { FundingBox } from './funding-box';
export { RiskPanel } from './risk-panel';
export { TermsExplained, type TermsExplainedProps } from './terms-explained';
export { CompanyDocuments, CompanySummary } from './company-summary';
export { CampaignMarkdown } from './campaign-story';
export { formatBps, formatCalendarDate, formatYearMonth, repaymentAnchor, scheduleTotals } from './plain-terms';
