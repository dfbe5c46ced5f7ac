import { z } from 'zod';
import { issueParams } from './field-errors';

/**
 * Control characters (C0, DEL, C1) and lone surrogates are never part of
 * what a person types, and PostgreSQL refuses a NUL byte in text outright.
 * Line feeds and tabs belong to multi-line texts only.
 */
const CONTROL = /[\p{Cc}\p{Cs}]/u;
const CONTROL_BESIDES_LINES = /(?![\n\t])[\p{Cc}\p{Cs}]/u;

/**
 * What shows nothing: whitespace, format characters (zero-width spaces and
 * joiners, word joiner, byte-order mark, bidi marks: \p{Cf}) and the blank
 * letters people paste to fake a name (Hangul fillers, the Braille blank).
 * Tag characters (U+E0000–E007F) are Cf too but end flag emoji, so they stay.
 */
const INVISIBLE = String.raw`(?:(?![\u{E0000}-\u{E007F}])[\s\p{Cf}\u115F\u1160\u3164\uFFA0\u2800])`;
const INVISIBLE_EDGES = new RegExp(`^${INVISIBLE}+|${INVISIBLE}+$`, 'gu');

/** The text without the invisible characters at either end. */
export function trimInvisible(text: string): string {
  return text.replace(INVISIBLE_EDGES, '');
}

/** Whether text holds control characters (`multiline` lets line feeds and tabs through). */
export function hasControlCharacters(text: string, multiline = false): boolean {
  return (multiline ? CONTROL_BESIDES_LINES : CONTROL).test(text);
}

export interface TextOptions {
  /** A text area: line feeds and tabs are allowed. */
  multiline?: boolean;
  /** When "X is required." reads badly ("Reasons are required."). */
  requiredMessage?: string;
}

/**
 * Free text a person types: control characters refused, invisible characters
 * trimmed from both ends so that spaces or zero-width characters alone never
 * count as an answer, and bounded on both sides with a message that names the
 * field.
 */
export const textSchema = (
  what: string,
  min: number,
  max: number,
  { multiline = false, requiredMessage = `${what} is required.` }: TextOptions = {},
) =>
  z
    .string({ error: requiredMessage })
    .refine((text) => !hasControlCharacters(text, multiline), {
      message: multiline
        ? `${what} must not contain control characters.`
        : `${what} must be one line without control characters.`,
      params: issueParams('control_characters'),
      abort: true,
    })
    .overwrite(trimInvisible)
    .min(min, min <= 1 ? requiredMessage : `${what} must be at least ${min} characters.`)
    .max(max, `${what} must be at most ${max} characters.`);
