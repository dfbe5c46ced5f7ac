import { addMessages } from '../add-messages';
import { reviewEn, reviewZhCN } from '../features/review';

addMessages({ review: reviewEn }, { review: reviewZhCN });
