export * from './common';
export * from './money';
export * from './users';
