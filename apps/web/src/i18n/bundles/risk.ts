import { addMessages } from '../add-messages';
import { riskEn, riskZhCN } from '../features/risk';

addMessages({ risk: riskEn }, { risk: riskZhCN });
