import type { Role } from "../core/kb-schema.js";
import type { RoleMatch } from "../core/match-types.js";
import type { Profile } from "../core/profile-schema.js";
import { isRequirement, type WordedMatch } from "../core/score.js";
import type { Worded } from "../core/score-words.js";
import { SCHEMA_VERSION } from "./json.js";

/** One result of `match --json` (and of each batch line): pinned by schemas/match.schema.json. */
export const matchResultJson = (m: RoleMatch) => ({
  id: m.role.id,
  title: m.role.title,
  score: m.score,
  band: m.band,
  eligibility: m.eligibility,
  eligible: m.eligible,
  stepBack: m.stepBack,
  reasons: m.reasons,
  gaps: m.gaps,
  unknown: m.unknown,
  conflicts: m.conflicts,
  breakdown: m.breakdown,
});

export const matchJson = (profile: Profile, matches: readonly RoleMatch[], total: number, conflicts: number) => ({
  schemaVersion: SCHEMA_VERSION,
  profile,
  total,
  conflictsLeftOut: conflicts,
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
 * kept with it; so are the parts around them. Copying kept bytes costs less than building and
 * encoding a string of ~80 pieces a line. Words not kept are written afresh.
 */
export function writeWordedMatch(m: WordedMatch, out: JsonBytes): void {
  out.addBytes(headOf(m.role));
  out.addBytes(statusOf(m));
  const { reasons, lines } = m;
  for (let i = 0; i < reasons.length; i++) addItem(out, i, reasons[i] as Worded, "reason");
  out.addBytes(GAPS);
  let n = 0;
  for (const w of lines) if (w.gap) addItem(out, n++, w, "gap");
  out.addBytes(UNKNOWN);
  n = 0;
  for (const w of lines)
    if (w.line.verdict === "not-known" && isRequirement(w.line.factor)) addItem(out, n++, w, "reason");
  out.addBytes(CONFLICTS);
  n = 0;
  for (const w of lines) if (w.line.verdict === "conflict") addItem(out, n++, w, "reason");
  out.addBytes(BREAKDOWN);
  for (let i = 0; i < lines.length; i++) addItem(out, i, lines[i] as Worded, "line");
  out.addBytes(END);
}

/** The i-th item of a list: its kept bytes, or else its JSON made now. */
function addItem(out: JsonBytes, i: number, w: Worded, part: keyof WordedJson): void {
  const kept = jsonOf(w)?.[part];
  if (kept) out.addBytes(kept[i === 0 ? 0 : 1]);
  else {
    if (i > 0) out.addBytes(COMMA);
    out.addText(JSON.stringify(part === "reason" ? w.line.reason : part === "gap" ? w.gap : w.line));
  }
}

const bytes = (text: string): Uint8Array => Buffer.from(text, "utf8");
const COMMA = bytes(",");
const GAPS = bytes('],"gaps":[');
const UNKNOWN = bytes('],"unknown":[');
const CONFLICTS = bytes('],"conflicts":[');
const BREAKDOWN = bytes('],"breakdown":[');
const END = bytes("]}");

/** A piece of JSON as the first item of a list, and as a later one (after a comma). */
type Item = readonly [first: Uint8Array, later: Uint8Array];
const item = (json: string): Item => {
  const later = bytes(`,${json}`);
  return [later.subarray(1), later];
};

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

const STATUSES = new Map<string, Uint8Array>();

/** `83,"band":"strong","eligibility":"eligible","eligible":true,"stepBack":false,"reasons":[`, kept. */
function statusOf(m: WordedMatch): Uint8Array {
  const key = `${m.score} ${m.band} ${m.eligibility} ${m.stepBack}`;
  let kept = STATUSES.get(key);
  if (kept === undefined) {
    const eligible = m.eligibility === "eligible" && m.band !== "conflict";
    kept = bytes(
      `${JSON.stringify(m.score)},"band":${JSON.stringify(m.band)},"eligibility":${JSON.stringify(m.eligibility)},` +
        `"eligible":${eligible},"stepBack":${m.stepBack},"reasons":[`,
    );
    if (STATUSES.size < 10_000) STATUSES.set(key, kept);
  }
  return kept;
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
