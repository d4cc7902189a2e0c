import type { Role } from "../core/kb-schema.js";
import type { RoleMatch } from "../core/match-types.js";
import type { Profile } from "../core/profile-schema.js";
import type { WordedMatch } from "../core/score.js";
import type { Worded } from "../core/score-plan.js";
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
 * ~1.5 us against ~7 us a line of --top 5). A result whose words are all kept (nearly all) is
 * measured first, then copied piece by piece into room made once: a check for room at each of
 * its ~13 pieces cost about as much as the copying. Words not kept are written afresh.
 */
export function writeWordedMatch(m: WordedMatch, out: JsonBytes): void {
  const size = keptSize(m);
  if (size === undefined) {
    writeAfresh(m, out);
    return;
  }
  const bytes = out.room(size);
  let at = put(bytes, out.used, headOf(m.role));
  at = put(bytes, at, scoreOf(m.score, m.eligible));
  const { reasons, lines } = m;
  for (let i = 0; i < reasons.length; i++) at = put(bytes, at, keptJson(reasons[i] as Worded).reason[i === 0 ? 0 : 1]);
  at = put(bytes, at, GAPS);
  let gaps = 0;
  for (let i = 0; i < lines.length; i++) {
    const gap = keptJson(lines[i] as Worded).gap;
    if (gap) at = put(bytes, at, gap[gaps++ === 0 ? 0 : 1]);
  }
  at = put(bytes, at, BREAKDOWN);
  for (let i = 0; i < lines.length; i++) at = put(bytes, at, keptJson(lines[i] as Worded).line[i === 0 ? 0 : 1]);
  out.used = put(bytes, at, END);
}

/** The bytes of a result whose words are all kept; undefined if some are not. */
function keptSize(m: WordedMatch): number | undefined {
  const { reasons, lines } = m;
  let size = headOf(m.role).length + scoreOf(m.score, m.eligible).length + GAPS.length + BREAKDOWN.length + END.length;
  for (let i = 0; i < lines.length; i++) {
    const json = jsonOf(lines[i] as Worded);
    if (json === undefined) return undefined;
    size += json.line[i === 0 ? 0 : 1].length + (json.gap?.[1].length ?? 0);
  }
  // every reason is one of the lines (kept, then); a comma more than needed is room to spare
  for (let i = 0; i < reasons.length; i++) size += keptJson(reasons[i] as Worded).reason[1].length;
  return size;
}

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
const item = (json: string): Item => [bytes(json), bytes(`,${json}`)];

const heads = new WeakMap<Role, { id: string; title: string; json: Uint8Array }>();

/** `{"id":...,"title":...,"score":`, kept per role (and made again should its id or title change). */
function headOf(role: Role): Uint8Array {
  let head = heads.get(role);
  if (head?.id !== role.id || head.title !== role.title) {
    const { id, title } = role;
    head = { id, title, json: bytes(`{"id":${JSON.stringify(id)},"title":${JSON.stringify(title)},"score":`) };
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

const scoreJson = (score: number, eligible: boolean) =>
  bytes(`${JSON.stringify(score)},"eligible":${eligible},"reasons":[`);

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

/** The JSON kept with words known to be shared (keptSize made it). */
const keptJson = (w: Worded): WordedJson => (w.shared as { json: WordedJson }).json;
