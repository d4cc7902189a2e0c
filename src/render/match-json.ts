import type { Role } from "../core/kb-schema.js";
import type { RoleMatch } from "../core/match-types.js";
import type { Profile } from "../core/profile-schema.js";
import type { WordedMatch } from "../core/score.js";
import type { Worded } from "../core/score-words.js";
import { SCHEMA_VERSION } from "./json.js";

/** One result of `match --json` (and of each batch line): pinned by schemas/match.schema.json. */
export const matchResultJson = (m: RoleMatch) => ({
  id: m.role.id,
  title: m.role.title,
  score: m.score,
  eligible: m.eligible,
  reasons: m.reasons,
  gaps: m.gaps,
  breakdown: m.breakdown,
});

export const matchJson = (profile: Profile, matches: readonly RoleMatch[]) => ({
  schemaVersion: SCHEMA_VERSION,
  profile,
  results: matches.map(matchResultJson),
});

/** Where JSON goes as UTF-8: pieces already encoded, or text to encode. */
export interface JsonBytes {
  addBytes(bytes: Uint8Array): void;
  addText(text: string): void;
  /**
   * Makes room for `size` more bytes, and gives the buffer they go in: from `used` on. Whoever
   * puts them there moves `used` past them.
   */
  room(size: number): Uint8Array;
  used: number;
}

/**
 * Adds JSON.stringify(matchResultJson(spelledOut(m))) to `out` as UTF-8, byte for byte, for
 * `match --batch`, where writing JSON is much of the work. Most lines of a breakdown, with their
 * gaps, are words the scorer keeps per role and input, shared by many results and never changed
 * (Worded.shared), so the JSON of each (its line, its reason quoted, its gap) is encoded once and
 * kept with it; so are the parts around them. Copying kept bytes costs less than adding up a
 * string of ~80 pieces a line, which Node must then copy flat before it can encode it (measured:
 * ~1.5 us against ~7 us a line of --top 5). A result whose words all have their JSON kept (nearly
 * all) is copied piece by piece into room made once, as much as its pieces could take: a check
 * for room at each of its ~13 pieces cost about as much as the copying, and measuring the result
 * first cost ~5% of a batch. Words not kept are written afresh.
 */
export function writeWordedMatch(m: WordedMatch, out: JsonBytes): void {
  const head = headOf(m.role);
  const score = scoreOf(m.score, m.eligible);
  const { reasons, lines } = m;
  // room for the most the result can take, as no piece made so far is longer than `longest`, so
  // that its pieces are copied without a check for room each; `used` moves once they all are
  const bytes = out.room((reasons.length + 2 * lines.length + 5) * longest);
  let at = put(bytes, out.used, head);
  at = put(bytes, at, score);
  for (let i = 0; i < reasons.length; i++) {
    const json = (reasons[i] as Worded).shared?.json as WordedJson | undefined;
    // nothing is written until `used` moves, so the result can still be written another way
    if (json === undefined) return void writeMaking(m, out);
    at = put(bytes, at, json.reason[i === 0 ? 0 : 1]);
  }
  at = put(bytes, at, GAPS);
  let gaps = 0;
  for (let i = 0; i < lines.length; i++) {
    const json = (lines[i] as Worded).shared?.json as WordedJson | undefined;
    if (json === undefined) return void writeMaking(m, out);
    if (json.gap) at = put(bytes, at, json.gap[gaps++ === 0 ? 0 : 1]);
  }
  at = put(bytes, at, BREAKDOWN);
  for (let i = 0; i < lines.length; i++) at = put(bytes, at, keptJson(lines[i] as Worded).line[i === 0 ? 0 : 1]);
  out.used = put(bytes, at, END);
}

/** writeWordedMatch for a result with words whose JSON is not made yet: made (and kept) now, if they are shared. */
function writeMaking(m: WordedMatch, out: JsonBytes): void {
  let shared = true;
  for (const w of m.lines) shared = jsonOf(w) !== undefined && shared;
  for (const w of m.reasons) shared = jsonOf(w) !== undefined && shared;
  if (shared) writeWordedMatch(m, out);
  else writeAfresh(m, out);
}

/** The longest piece of JSON kept (a head, a score, a line, a reason, a gap): room for a result is counted in these. */
let longest = 0;

const put = (bytes: Uint8Array, at: number, piece: Uint8Array): number => {
  bytes.set(piece, at);
  return at + piece.length;
};

/** writeWordedMatch for a result with words not kept: each piece added as it comes, kept or made now. */
function writeAfresh(m: WordedMatch, out: JsonBytes): void {
  out.addBytes(headOf(m.role));
  out.addBytes(scoreOf(m.score, m.eligible));
  const { reasons, lines } = m;
  for (let i = 0; i < reasons.length; i++) {
    const w = reasons[i] as Worded;
    addItem(out, i, jsonOf(w)?.reason, w.line.reason);
  }
  out.addBytes(GAPS);
  let gaps = 0;
  for (const w of lines) {
    if (w.gap) addItem(out, gaps++, jsonOf(w)?.gap, w.gap);
  }
  out.addBytes(BREAKDOWN);
  for (let i = 0; i < lines.length; i++) {
    const w = lines[i] as Worded;
    addItem(out, i, jsonOf(w)?.line, w.line);
  }
  out.addBytes(END);
}

/** The i-th item of a list: its kept bytes, or else its JSON made now. */
function addItem(out: JsonBytes, i: number, kept: Item | undefined, value: unknown): void {
  if (kept) out.addBytes(kept[i === 0 ? 0 : 1]);
  else {
    if (i > 0) out.addBytes(COMMA);
    out.addText(JSON.stringify(value));
  }
}

const bytes = (text: string): Uint8Array => Buffer.from(text, "utf8");
const COMMA = bytes(",");
const GAPS = bytes('],"gaps":[');
const BREAKDOWN = bytes('],"breakdown":[');
const END = bytes("]}");

/** A piece of JSON as the first item of a list, and as a later one (after a comma). */
type Item = readonly [first: Uint8Array, later: Uint8Array];
const item = (json: string): Item => {
  const later = bytes(`,${json}`);
  longest = Math.max(longest, later.length);
  return [later.subarray(1), later];
};

const heads = new WeakMap<Role, { id: string; title: string; json: Uint8Array }>();

/** `{"id":...,"title":...,"score":`, kept per role (and made again should its id or title change). */
function headOf(role: Role): Uint8Array {
  let head = heads.get(role);
  if (head?.id !== role.id || head.title !== role.title) {
    const { id, title } = role;
    head = { id, title, json: bytes(`{"id":${JSON.stringify(id)},"title":${JSON.stringify(title)},"score":`) };
    longest = Math.max(longest, head.json.length);
    heads.set(role, head);
  }
  return head.json;
}

const SCORES: (Uint8Array | undefined)[] = [];

/** `83,"eligible":true,"reasons":[`, kept for the scores 0..100. */
function scoreOf(score: number, eligible: boolean): Uint8Array {
  if (!Number.isInteger(score) || score < 0 || score > 100) return scoreJson(score, eligible);
  const at = eligible ? score + 101 : score;
  let kept = SCORES[at];
  if (kept === undefined) {
    kept = scoreJson(score, eligible);
    SCORES[at] = kept;
  }
  return kept;
}

function scoreJson(score: number, eligible: boolean): Uint8Array {
  const json = bytes(`${JSON.stringify(score)},"eligible":${eligible},"reasons":[`);
  longest = Math.max(longest, json.length);
  return json;
}

/** The JSON kept with shared words: their line, their reason quoted, their gap. */
interface WordedJson {
  line: Item;
  reason: Item;
  gap?: Item;
}

/** The JSON of shared words, made once and kept with them; undefined for words not shared (they may change). */
function jsonOf(w: Worded): WordedJson | undefined {
  const { shared } = w;
  if (shared === undefined) return undefined;
  if (shared.json === undefined) {
    const { line, gap } = w;
    const json: WordedJson = { line: item(JSON.stringify(line)), reason: item(JSON.stringify(line.reason)) };
    if (gap) json.gap = item(JSON.stringify(gap));
    shared.json = json;
  }
  return shared.json as WordedJson;
}

/** The JSON kept with words whose JSON is known to be made (writeWordedMatch found it so). */
const keptJson = (w: Worded): WordedJson => (w.shared as { json: WordedJson }).json;
