import { landingPath, safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it('keeps a path on this site, with its query', () => {
    expect(safeNextPath('/discover?type=bond')).toBe('/discover?type=bond');
  });

  it.each([null, '', 'https://evil.example', '//evil.example/x', '/\\evil.example', 'discover'])(
    'refuses %p',
    (raw) => {
      expect(safeNextPath(raw)).toBe('/');
    },
  );

  it('never comes back to the sign-in or sign-up page', () => {
    expect(safeNextPath('/sign-in?next=/x')).toBe('/');
    expect(safeNextPath('/sign-up')).toBe('/');
  });
});

describe('signInPath', () => {
  it('carries where to return', () => {
    expect(signInPath('/campaigns/c1?tab=updates')).toBe('/sign-in?next=%2Fcampaigns%2Fc1%3Ftab%3Dupdates');
  });

  it('is plain from the home page or an auth page', () => {
    expect(signInPath('/')).toBe('/sign-in');
    expect(signInPath('/sign-up')).toBe('/sign-in');
  });
});

describe('landingPath', () => {
  it('sends founders to their dashboard, staff to the queue, backers home', () => {
    expect(landingPath('founder')).toBe('/founder');
    expect(landingPath('reviewer')).toBe('/review');
    expect(landingPath('admin')).toBe('/review');
    expect(landingPath('backer')).toBe('/');
  });

  it('keeps the reset pages out of next', () => {
    expect(safeNextPath('/reset-password?token=abc')).toBe('/');
    expect(safeNextPath('/forgot-password')).toBe('/');
  });
});
