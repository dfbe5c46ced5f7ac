export * from './company-schemas';
export * from './invitation-schemas';
