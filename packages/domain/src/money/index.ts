export * from './currency';
export * from './currency-schema';
export * from './money';
export * from './money-schemas';
export * from './currency-change';
