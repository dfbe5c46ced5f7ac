import { ERROR_CODES, RISK_REASON_CODES } from '@crowdstake/domain';
import { createInstance, type TFunction } from 'i18next';
import { ApiError } from '../api/api-error';
import { describeApiError, describeFieldDetail } from '../api/describe-api-error';
import { en } from './en';
import { shareClassName } from './share-class';
import { zhCN } from './zh-CN';

const LANGUAGES = { en, 'zh-CN': zhCN } as const;
const HAN = /\p{Script=Han}/u;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((match) => match[1] ?? '').sort();
}

/** Every string of a bundle with its dotted key. */
function entries(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, child]) => entries(child, path ? `${path}.${key}` : key));
  return [];
}

async function translator(language: 'en' | 'zh-CN'): Promise<TFunction> {
  const instance = createInstance();
  await instance.init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

describe('every server code is worded in both languages', () => {
  // Typed records already refuse a missing key at build time; this catches a bundle assembled wrongly
  // (a spread forgotten, an English sentence pasted into the Chinese table) at test time.
  it.each(ERROR_CODES)('error code %s', (code) => {
    expect(en.errors[code]).toMatch(/\w/);
    expect(zhCN.errors[code]).toMatch(HAN);
  });

  // Field-error codes: components/forms/problems.spec.ts words every one in both languages.

  it.each(RISK_REASON_CODES)('risk reason code %s', (code) => {
    const keys = [code, `${code}_one`, `${code}_other`];
    for (const [language, bundle] of Object.entries(LANGUAGES)) {
      const reasons = bundle.risk.reasons as Record<string, string>;
      const found = keys.filter((key) => reasons[key] !== undefined);
      expect({ language, found: found.length > 0 }).toEqual({ language, found: true });
      if (language === 'zh-CN') for (const key of found) expect(reasons[key]).toMatch(HAN);
    }
  });
});

describe('the Chinese bundle', () => {
  // Latin words a Chinese sentence may rightly hold: our name, file formats, card brands, examples.
  const ALLOWED =
    /Crowdstake|PDF|PNG|JPEG|WebP|SHA-256|Markdown|Visa|Stripe|3-D Secure|https?:\/\/|name@example\.com|Delaware, US|CN|US|DE|SECURITY/g;

  it('has no English left in it', () => {
    const leftovers = entries(zhCN).filter(([, text]) => {
      const bare = text
        .replace(/\{\{[^}]*\}\}/g, '')
        // Trans markup (<terms>…</terms>) and email addresses are not words for the reader.
        .replace(/<\/?[a-z]+>/g, '')
        .replace(/[\w.+-]+@[\w.-]+/g, '')
        .replace(ALLOWED, '');
      return /[A-Za-z]{2,}/.test(bare);
    });
    expect(leftovers).toEqual([]);
  });

  it('calls a founder 创业者 everywhere (one word for each role), and the reader 您', () => {
    // 联合创始人 (a co-founder) is a title in a company, not the platform's role.
    const otherWords = /发起人|(?<!联合)创始人/;
    expect(entries(zhCN).filter(([, text]) => otherWords.test(text))).toEqual([]);
    expect(entries(zhCN).filter(([, text]) => text.includes('你'))).toEqual([]);
  });

  it('has every key English has, with the same placeholders', () => {
    const chinese = new Map(entries(zhCN));
    for (const [key, text] of entries(en)) {
      expect({ key, present: chinese.has(key) }).toEqual({ key, present: true });
      expect({ key, placeholders: placeholders(chinese.get(key) ?? '') }).toEqual({
        key,
        placeholders: placeholders(text),
      });
    }
  });
});

describe('describeApiError and describeFieldDetail', () => {
  it('word an error by its code, not the server sentence', async () => {
    const error = new ApiError(409, { code: 'cap_reached', message: 'The campaign is full.' }, 'x');
    expect(describeApiError(error, await translator('zh-CN'))).toBe(zhCN.errors.cap_reached);
    expect(describeApiError(error, await translator('en'))).toBe(en.errors.cap_reached);
  });

  it('keep the server sentence only when the code is unknown', async () => {
    const error = new ApiError(418, { code: 'brand_new_code' as never, message: 'Server words.' }, 'x');
    expect(describeApiError(error, await translator('zh-CN'))).toBe('Server words.');
    expect(describeApiError(new ApiError(502, {}, ''), await translator('zh-CN'))).toBe(zhCN.errors.internal_error);
    expect(describeApiError(new ApiError(0, {}, ''), await translator('zh-CN'))).toBe(zhCN.errors.network);
  });

  it('fill a field error with its params, money in the reader format', async () => {
    const t = await translator('zh-CN');
    expect(describeFieldDetail({ code: 'too_short', message: 'Too short.', params: { minimum: 8 } }, t, 'zh-CN')).toBe(
      '至少填写 8 个字符。',
    );
    const unit = { code: 'not_whole_units' as const, message: 'x', params: { unit: 25_00, currency: 'USD' } };
    const cents = { ...unit, params: { unit: 25_50, currency: 'USD' } };
    expect(describeFieldDetail(cents, await translator('en'), 'en')).toBe(
      'The goal must be a whole number of units of $25.50.',
    );
    expect(describeFieldDetail(unit, await translator('en'), 'en')).toBe(
      'The goal must be a whole number of units of $25.',
    );
    expect(describeFieldDetail({ code: 'mystery' as never, message: 'Server words.' }, t, 'zh-CN')).toBe(
      'Server words.',
    );
  });
});

describe('shareClassName', () => {
  it.each([
    ['Common', 'en', 'Common'],
    ['Common', 'zh-CN', '普通股'],
    ['ordinary shares', 'zh-CN', '普通股'],
    ['普通股', 'en', 'Common'],
    ['Preferred A', 'zh-CN', 'A 类优先股'],
    ['Series B Preferred', 'en', 'Preferred B'],
    ['A 类优先股', 'en', 'Preferred A'],
    ['Founders', 'en', 'Founders'],
    ['Founders', 'zh-CN', 'Founders 股'],
    ['创始人股', 'zh-CN', '创始人股'],
  ])('%s in %s is %s', (name, language, expected) => {
    expect(shareClassName(name, language)).toBe(expected);
  });
});
