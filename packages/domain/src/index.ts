export * from './campaigns';
export * from './common';
export * from './companies';
export * from './limits';
export * from './money';
export * from './review';
export * from './risk';
export * from './users';
