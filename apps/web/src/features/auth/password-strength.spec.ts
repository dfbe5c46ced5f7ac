import { estimatePasswordStrength } from './password-strength';

describe('estimatePasswordStrength', () => {
  it.each([
    ['', 'tooShort'],
    ['short1!', 'tooShort'],
    ['aaaaaaaaaaaa', 'weak'],
    ['password1234', 'weak'],
    ['bluehorses', 'weak'],
    ['bluehorses77', 'fair'],
    ['Blue-horses-7', 'strong'],
    ['correct horse battery staple', 'strong'],
  ] as const)('rates %p as %s', (password, expected) => {
    expect(estimatePasswordStrength(password)).toBe(expected);
  });
});
