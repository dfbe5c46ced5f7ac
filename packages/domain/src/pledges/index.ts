export * from './cancellation-window';
export * from './investor-profile';
export * from './pledge-pricing';
export * from './pledge-schemas';
export * from './pledge-state-machine';
export * from './pledge-types';
