import { Accounts1763900000000 } from './1763900000000-Accounts';

/** Every migration, oldest first. Never edit one that has landed; add a new one. */
export const MIGRATIONS = [Accounts1763900000000];
