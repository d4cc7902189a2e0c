import { quoted } from "./typed-values.js";

// JSON.parse keeps the last of two equal keys ({"education": ..., "education": ...}) where the
// YAML parser refuses them (issue #13): a profile's or KB's JSON text is held to YAML's rule here.
// The check runs for every line of a batch (~9.5 us a line), so it is nearly free when there is
// no duplicate: in valid JSON each key is a string followed by a ":" (spaces between allowed), so
// when the text has as many ":" right after an unescaped '"' as the parsed value has keys, no key
// was given twice. A ":" inside a string is right after an unescaped '"' only at the string's
// start (rare), which makes the count larger, never smaller: only then, or for a real duplicate,
// is the text scanned. (A quotation in a string, as in \"...\": of a source's note, has its quote
// escaped: counting it made a 10,000-role KB take the full scan, ~90 ms.) (Counting every
// ":" would do too, but URLs and prose in a KB's strings have many: a 10,000-role KB then cost a
// scan of ~110 ms.)

type PathSegment = string | number;

export interface DuplicateKey {
  key: string;
  /** Where the second of the two keys starts in the text (its opening quote). */
  offset: number;
  /** The path of the object that has the key twice ([] for the top level). */
  path: PathSegment[];
}

/** The first key given twice in an object of `text`, valid JSON that parsed to `value`; undefined when none is. */
export function duplicateKeyOf(text: string, value: unknown): DuplicateKey | undefined {
  const keys = typeof value === "object" && value !== null ? keysIn(value) : 0;
  return keyColonsIn(text) === keys ? undefined : findDuplicateKey(text);
}

const COLON = 0x3a;
const SPACE = 0x20;
const TAB = 0x09;
const NEWLINE = 0x0a;
const RETURN = 0x0d;

/** The ":" of `text` that follow a '"' (with spaces between): at least one for each key. */
function keyColonsIn(text: string): number {
  let n = 0;
  for (let at = text.indexOf(":"); at !== -1; at = text.indexOf(":", at + 1)) {
    let before = at - 1;
    for (let c = text.charCodeAt(before); c === SPACE || c === TAB || c === NEWLINE || c === RETURN; ) {
      c = text.charCodeAt(--before);
    }
    if (text.charCodeAt(before) === QUOTE && !escaped(text, before)) n += 1;
  }
  return n;
}

/** Whether the character at `at` is escaped: after an odd number of backslashes (\\" inside a string, never a key's end). */
function escaped(text: string, at: number): boolean {
  let slashes = 0;
  while (text.charCodeAt(at - 1 - slashes) === BACKSLASH) slashes += 1;
  return slashes % 2 === 1;
}

/** The keys of every object in `value`; a value that is no object or array is looked at only by its holder (~0.2 us a batch line less than a call for each). */
function keysIn(value: unknown): number {
  let n = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === "object" && item !== null) n += keysIn(item);
    }
    return n;
  }
  for (const key in value as Record<string, unknown>) {
    n += 1;
    const item = (value as Record<string, unknown>)[key];
    if (typeof item === "object" && item !== null) n += keysIn(item);
  }
  return n;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** An object or array being read: an object's keys so far, and where in it the scan is. */
interface Frame {
  keys: Set<string> | undefined;
  at: PathSegment;
  wantKey: boolean;
}

/** The exact check, on text that JSON.parse accepted: keys are compared as JSON.parse reads them ("\u0061" is "a"). */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const stack: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      if (top?.keys && top.wantKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { key, offset: i, path: stack.slice(0, -1).map((frame) => frame.at) };
        top.keys.add(key);
        top.at = key;
        top.wantKey = false;
      }
      i = end;
    } else if (c === OPEN_OBJECT) stack.push({ keys: new Set(), at: "", wantKey: true });
    else if (c === OPEN_ARRAY) stack.push({ keys: undefined, at: 0, wantKey: false });
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) stack.pop();
    else if (c === COMMA && top) {
      if (top.keys) top.wantKey = true;
      else top.at = (top.at as number) + 1;
    } else if (c === COLON && top) top.wantKey = false;
  }
  return undefined;
}

/** The index of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i += 1;
    else if (c === QUOTE) return i;
  }
  return text.length;
}

/** The message for a key given twice: as the YAML parser's, with the key named. */
export const duplicateKeyMessage = (key: string): string =>
  `the key ${quoted(key)} is given twice in one object: map keys must be unique`;
