import { addMessages } from '../add-messages';
import { founderEn, founderZhCN } from '../features/founder';

addMessages({ founder: founderEn }, { founder: founderZhCN });
