import fc from 'fast-check';

/**
 * Values a careless or hostile client may put in any field: bytes the
 * database refuses, invisible text, numbers beyond every column, dates no
 * calendar or column holds, and shapes the schema does not expect.
 */
const NOTABLE_STRINGS = [
  '',
  '\u0000',
  'Harbour\u0000Bakery',
  '\u0000'.repeat(40),
  '\u0001\u0007\u001b\u007f\u0085',
  'line\r\nbreak',
  '\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B',
  '\u200C\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202E',
  '\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164\u3164',
  '\ud800',
  'abc\udfff',
  'x'.repeat(30_000),
  '0000-01-01',
  '9999-12-31',
  '0000-00-00',
  '2024-02-30',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '0000-01',
  '9999-12',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-1',
  '2147483648',
  '9007199254740993',
  '0x10',
  'true',
  'null',
  'undefined',
  '__proto__',
  'constructor',
  "'; DROP TABLE users; --",
  '%00',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  'ZZZZZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZZZZZZZZZ',
  'a@b',
  'user\u0000@example.test',
  '💥'.repeat(500),
];

const NOTABLE_NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  -0.5,
  1.000000001,
  2 ** 31 - 1,
  2 ** 31,
  2 ** 32,
  2 ** 53 - 1,
  2 ** 53,
  2 ** 53 + 2,
  -(2 ** 63),
  2 ** 63,
  1e308,
  -1e308,
  Number.MIN_VALUE,
];

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NOTABLE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

export const hostileNumber = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NOTABLE_NUMBERS) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
);

const prototypeKeyed = fc.constantFrom('__proto__', 'constructor', 'prototype').map((key) => {
  // Own keys, as JSON.parse makes them; an assignment would set the prototype instead.
  return JSON.parse(`{"${key}": {"polluted": true, "isAdmin": true}}`) as Record<string, unknown>;
});

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 4, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.oneof(hostileString, hostileNumber), { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 6 }), hostileString, { maxKeys: 3 }) },
  { weight: 1, arbitrary: prototypeKeyed },
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 2000 }, (_, index) => index)) },
);

/** Keys a client should never be able to set, or that could reach an object's prototype. */
export const hostileKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'id',
  'ownerId',
  'status',
  'role',
  'isAdmin',
  'raised',
  'version',
  '\u0000',
  '',
);

/** Raw bodies that are not JSON objects at all. */
export const hostileRawBody = fc.constantFrom(
  '{"title": ',
  '{"title": "\\u0000"}',
  '[]',
  '[{}]',
  'null',
  '"text"',
  '12',
  'true',
  '{"__proto__": {"isAdmin": true}}',
  '{"a": {"b": {"c": {"d": {"e": {"f": {"g": {"h": {}}}}}}}}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '\u0000',
);

type Path = (string | number)[];

/** Every place in a JSON value where a hostile value could go (fields, nested fields, list items). */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  }
  return [];
}

/** Sets an own property, even `__proto__`, so the value is sent as JSON would carry it. */
function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

export interface Mutation {
  picks: number[];
  values: unknown[];
  extraKey: string | null;
  extraValue: unknown;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  picks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  values: fc.array(hostileValue, { minLength: 3, maxLength: 3 }),
  extraKey: fc.option(hostileKey, { freq: 4 }),
  extraValue: hostileValue,
});

/** A valid body with one to three of its fields (at any depth) replaced by hostile values, and maybe a key added. */
export function mutate(valid: unknown, { picks, values, extraKey, extraValue }: Mutation): unknown {
  const body = structuredClone(valid) as Record<string, unknown>;
  const paths = pathsOf(body);
  picks.forEach((pick, index) => {
    if (paths.length === 0) return;
    const path = paths[pick % paths.length] as Path;
    let parent: unknown = body;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)?.[key];
    if (parent !== null && typeof parent === 'object') {
      setOwn(parent as Record<string | number, unknown>, path[path.length - 1] as string | number, values[index]);
    }
  });
  if (extraKey !== null) setOwn(body, extraKey, extraValue);
  return body;
}

/** Percent-encodes UTF-8 bytes (a lone surrogate becomes U+FFFD rather than throwing as encodeURIComponent does). */
export function encodeQueryValue(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}
