import { CAMPAIGN_TYPES, RISK_GRADES, type CampaignType, type RiskGrade } from '@crowdstake/domain';
import type { ReviewQueueFilters } from '../../api/query-keys';

function isRiskGrade(value: string | null): value is RiskGrade {
  return (RISK_GRADES as readonly (string | null)[]).includes(value);
}

function isCampaignType(value: string | null): value is CampaignType {
  return (CAMPAIGN_TYPES as readonly (string | null)[]).includes(value);
}

/**
 * The queue's filters live in the URL so a reviewer can bookmark "grade E bonds" or share it.
 * Anything unknown is dropped rather than sent, since the API refuses an invalid filter.
 */
export function readQueueFilters(params: URLSearchParams): ReviewQueueFilters {
  const grade = params.get('grade');
  const type = params.get('type');
  const page = Number(params.get('page'));
  return {
    grade: isRiskGrade(grade) ? grade : undefined,
    type: isCampaignType(type) ? type : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The URL query for filters; defaults are left out so the plain queue stays at `/review`. */
export function writeQueueFilters(filters: ReviewQueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.grade) params.set('grade', filters.grade);
  if (filters.type) params.set('type', filters.type);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}
