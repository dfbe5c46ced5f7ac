export * from './investment-limit';
