export * from './risk-assessment';
export * from './risk-grades';
