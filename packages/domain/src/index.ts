export * from './campaigns';
export * from './common';
export * from './companies';
export * from './limits';
export * from './money';
export * from './pledges';
export * from './review';
export * from './risk';
export * from './users';
// The pure helpers are also their own entry point, @crowdstake/domain/core (no zod).
