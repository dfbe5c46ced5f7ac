import * as core from './core';
import * as domain from './index';

describe('@crowdstake/domain/core against the main entry', () => {
  it('holds the same functions and constants, so either import gives the same thing', () => {
    expect(Object.keys(core).length).toBeGreaterThan(50);
    for (const [name, value] of Object.entries(core)) expect(domain[name as keyof typeof domain]).toBe(value);
  });
});
