// What a person types for a value (a flag, a CSV cell, a quiz answer) read by one rule wherever
// it is typed (issue #13: `--years 0x10` was 16 while a CSV cell of 0x10 was refused).

/**
 * Plain decimal only: digits, one optional point, an optional minus (which the caller's range
 * then refuses with its own words). Number() alone also reads "0x10" (16), "0b11" (3), "1e1"
 * (10), "Infinity" and "" (0), none of which a person means as a number of years.
 */
const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** "2", "2.5", " 3 " -> the number; "0x10", "1e1", "", "two" -> undefined. */
export function parseDecimal(text: string): number | undefined {
  const trimmed = text.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : undefined;
}

/** parseDecimal's number when it is in range (and whole, if asked), else undefined. */
export function numberIn(text: string, range: { min: number; max?: number; whole?: boolean }): number | undefined {
  const n = parseDecimal(text);
  if (n === undefined || n < range.min || n > (range.max ?? Number.POSITIVE_INFINITY)) return undefined;
  return range.whole && !Number.isInteger(n) ? undefined : n;
}

/** "en:C1; de:B2" or "finance,hr" -> its items, trimmed, empty ones left out. */
export const splitList = (text: string): string[] =>
  text
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter((item) => item !== "");

/** Longest a value is echoed in a message: a 100,000-character "language" is not printed whole. */
export const ECHO_CHARS = 40;

/** `text` cut to ECHO_CHARS, with "..." when it was cut. */
export function clip(text: string): string {
  if (text.length <= ECHO_CHARS) return text;
  const cut = text.slice(0, ECHO_CHARS);
  // not half a surrogate pair
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}...`;
}

/** `text` as a message quotes it: "Tagalog", or "xxxx..." (100000 characters) when it is long. */
export const quoted = (text: string): string =>
  text.length <= ECHO_CHARS ? `"${text}"` : `"${clip(text)}" (${text.length} characters)`;
