import { addMessages } from '../add-messages';
import { pledgesEn, pledgesZhCN } from '../features/pledges';

addMessages({ pledges: pledgesEn }, { pledges: pledgesZhCN });
