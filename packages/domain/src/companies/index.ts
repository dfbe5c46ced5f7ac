export * from './company-schemas';
