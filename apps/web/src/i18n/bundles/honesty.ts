import { addMessages } from '../add-messages';
import { honestyEn, honestyZhCN } from '../features/honesty';

// The rest of `honesty.*`: the warning and the footer's words are in the core (en-core.ts).
addMessages({ honesty: honestyEn }, { honesty: honestyZhCN });
