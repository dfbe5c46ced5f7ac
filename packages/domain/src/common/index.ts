export * from './errors';
export * from './pagination';
export * from './calendar';
export * from './text';
export * from './refinements';
