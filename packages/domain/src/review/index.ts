export * from './review-schemas';
