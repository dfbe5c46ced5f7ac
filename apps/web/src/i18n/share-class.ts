/**
 * A share class's name in the reader's language. Founders type the class ("Common", "Preferred A",
 * "普通股"); the well-known ones are said in each language's own words, so a Chinese page never
 * reads "Common 股" and an English one never reads "普通股 shares". Any other name is the
 * founder's own text: English pages show it as written, Chinese pages add 股 when it lacks it.
 */
type Known = { kind: 'common' } | { kind: 'preferred'; series?: string };

function recognise(name: string): Known | undefined {
  const text = name.trim();
  if (/^(common|ordinary)(\s+shares?|\s+stock)?$/i.test(text) || /^普通股?$/.test(text)) return { kind: 'common' };
  const english = /^(?:preferred|preference)(?:\s+(?:shares?|stock))?(?:\s+(?:series\s+)?([A-Z0-9]{1,3}))?$/i.exec(
    text,
  );
  if (english) return { kind: 'preferred', series: english[1]?.toUpperCase() };
  const series = /^series\s+([A-Z0-9]{1,3})\s+preferred(?:\s+(?:shares?|stock))?$/i.exec(text);
  if (series) return { kind: 'preferred', series: series[1]?.toUpperCase() };
  const chinese = /^(?:([A-Z0-9]{1,3})\s*类)?优先股?$/i.exec(text);
  if (chinese) return { kind: 'preferred', series: chinese[1]?.toUpperCase() };
  return undefined;
}

/** The class as a noun phrase: "Common" / "Preferred A" in English (followed by "shares"), "普通股" / "A 类优先股" in Chinese. */
export function shareClassName(name: string, language: string | undefined): string {
  const chinese = (language ?? 'en').toLowerCase().startsWith('zh');
  const known = recognise(name);
  if (!known) {
    const text = name.trim();
    return chinese && !text.endsWith('股') ? `${text} 股` : text;
  }
  if (known.kind === 'common') return chinese ? '普通股' : 'Common';
  if (chinese) return known.series ? `${known.series} 类优先股` : '优先股';
  return known.series ? `Preferred ${known.series}` : 'Preferred';
}
