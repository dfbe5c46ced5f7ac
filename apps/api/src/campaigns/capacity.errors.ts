import { AppError } from '../common/errors/app-error';

export class CampaignNotLiveError extends AppError {
  constructor() {
    super('campaign_not_live', 'This campaign is not taking pledges: it is not live.');
  }
}

export class CapReachedError extends AppError {
  constructor() {
    super('cap_reached', 'This pledge would take the campaign past its maximum; try a smaller amount.');
  }
}

export class TierSoldOutError extends AppError {
  constructor() {
    super('tier_sold_out', 'This reward tier is sold out.');
  }
}
