export * from './risk-assessment';
export * from './risk-bands';
export * from './risk-factors';
export * from './risk-grades';
export * from './risk-reasons';
export * from './risk-views';
