import { jurisdictionName } from './jurisdiction-name';

describe('jurisdictionName', () => {
  it('names a subdivision code in English and in Chinese', () => {
    expect(jurisdictionName('US-OR', 'en')).toBe('Oregon, United States');
    expect(jurisdictionName('US-OR', 'zh-CN')).toBe('美国俄勒冈州');
    expect(jurisdictionName('GB-SCT', 'en')).toBe('Scotland, United Kingdom');
  });

  it('names a country code through Intl', () => {
    expect(jurisdictionName('DE', 'en')).toBe('Germany');
    expect(jurisdictionName('DE', 'zh-CN')).toBe('德国');
  });

  it('leaves free text and unknown codes as the founder wrote them', () => {
    expect(jurisdictionName('England and Wales', 'en')).toBe('England and Wales');
    expect(jurisdictionName('US-ZZ', 'en')).toBe('US-ZZ');
    expect(jurisdictionName('Delaware, US', 'zh-CN')).toBe('Delaware, US');
  });
});
