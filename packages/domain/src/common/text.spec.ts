import { hasControlCharacters, textSchema, trimInvisible } from './text';

describe('textSchema', () => {
  const name = textSchema('Name', 2, 20);
  const story = textSchema('Story', 2, 200, { multiline: true });

  it.each(['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\r', '\n', '\t', '\ud800'])(
    'refuses control character %j in one-line text, with the code control_characters',
    (character) => {
      const result = name.safeParse(`Ada${character}Park`);
      expect(result.success).toBe(false);
      expect(result.error?.issues).toEqual([
        expect.objectContaining({ code: 'custom', params: { code: 'control_characters' } }),
      ]);
    },
  );

  it('lets line feeds and tabs into multi-line text, and nothing else', () => {
    expect(story.parse('First line\n\tsecond line')).toBe('First line\n\tsecond line');
    expect(story.safeParse('First\u0000line').success).toBe(false);
    expect(story.safeParse('First\r\nline').success).toBe(false);
  });

  it.each(['\u200B\u200B\u200B', '\u200C\u200D', '\u2060\uFEFF', ' \u00AD \u200E ', '\u3164\u3164', '\u2800\u2800'])(
    'treats invisible text %j as empty',
    (text) => {
      const result = name.safeParse(text);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.code).toBe('too_small');
    },
  );

  it('trims invisible characters at the ends and keeps those inside', () => {
    expect(name.parse('\u200B Ada\u200DPark \uFEFF')).toBe('Ada\u200DPark');
    // A flag emoji ends in tag characters (format characters too); they stay.
    const flag = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}';
    expect(trimInvisible(`Go ${flag}`)).toBe(`Go ${flag}`);
  });

  it('accepts ordinary text in any script', () => {
    expect(name.parse('  Zoë 李小龍 ')).toBe('Zoë 李小龍');
    expect(hasControlCharacters('Zoë 李小龍')).toBe(false);
  });
});
