export * from './errors';
export * from './field-errors';
export * from './pagination';
export * from './calendar';
export * from './calendar-schemas';
export * from './text';
export * from './refinements';
