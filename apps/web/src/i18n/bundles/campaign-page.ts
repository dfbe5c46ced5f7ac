import { addMessages } from '../add-messages';
import { campaignPageEn, campaignPageZhCN } from '../features/campaign-page';

addMessages({ campaignPage: campaignPageEn }, { campaignPage: campaignPageZhCN });
