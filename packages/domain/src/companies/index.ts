export * from './company-constants';
export * from './company-schemas';
export * from './invitation-schemas';
