// KB and profile text is data: it must not be able to move the cursor, recolour the terminal,
// or reverse the reading order of what follows. Control characters (C0 but tab and newline, DEL,
// C1, which includes ESC sequences' introducers) and bidirectional overrides/isolates become
// visible escapes such as \x1b or \u202e.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export const sanitize = (text: string): string =>
  text.replace(UNSAFE, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });

/** A copy of a value with every string in it sanitised (for KB records about to be printed). */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === "string") return sanitize(value) as T;
  if (Array.isArray(value)) return value.map(sanitizeDeep) as T;
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitizeDeep(v)])) as T;
  }
  return value;
}

/** How much of a long line an error message keeps: its start, and its end, where the advice is. */
const KEEP_HEAD = 300;
const KEEP_TAIL = 150;

/**
 * Each line of `text` cut to a readable length, its middle left out and counted: an error that
 * echoes a pasted file or a runaway argument must not fill the terminal (issue #13), and the end
 * of the line (commander's "Allowed choices are ...") must still show.
 */
export const clipLines = (text: string): string =>
  text
    .split("\n")
    .map((line) =>
      line.length <= KEEP_HEAD + KEEP_TAIL + 50
        ? line
        : `${line.slice(0, KEEP_HEAD)} ... (${line.length - KEEP_HEAD - KEEP_TAIL} characters left out) ... ${line.slice(-KEEP_TAIL)}`,
    )
    .join("\n");
