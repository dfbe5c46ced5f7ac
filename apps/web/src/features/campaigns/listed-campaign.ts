import type { CampaignSummaryView } from '@crowdstake/domain/core';

/**
 * The fields of a listing item that the cards read, taken from the API's own view type so they
 * cannot drift; narrower than the whole view so a test can describe a campaign in a few lines.
 */
export type ListedCampaign = Pick<
  CampaignSummaryView,
  | 'id'
  | 'type'
  | 'status'
  | 'title'
  | 'summary'
  | 'currency'
  | 'goal'
  | 'raised'
  | 'backers'
  | 'endsAt'
  | 'coverImageUrl'
  | 'risk'
>;
