import type { Role } from "../core/kb-schema.js";
import type { Factor, Gap, RoleMatch } from "../core/match-types.js";
import type { Profile } from "../core/profile-schema.js";
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
}

/**
 * Adds JSON.stringify(matchResultJson(m)) to `out` as UTF-8, byte for byte, for `match --batch`,
 * where writing JSON is much of the work. Most lines of a breakdown, and gaps, are frozen objects
 * that many results share (the scorer keeps them per role and input), so the JSON of each (and
 * of a line's reason, quoted) is encoded once and kept; so are the parts around them. Copying
 * kept bytes costs less than adding up a string of ~80 pieces a line, which Node must then copy
 * flat before it can encode it (measured: ~1.5 us against ~7 us a line of --top 5). What is not
 * frozen is written afresh, and nothing of it kept.
 */
export function writeMatchResult(m: RoleMatch, out: JsonBytes): void {
  out.addBytes(headOf(m.role));
  out.addBytes(scoreOf(m.score, m.eligible));
  const { reasons, gaps, breakdown } = m;
  for (let i = 0; i < reasons.length; i++) {
    const reason = reasons[i] as string;
    addItem(out, i, keptReason(breakdown, reason), reason);
  }
  out.addBytes(GAPS);
  for (let i = 0; i < gaps.length; i++) addItem(out, i, keptOf(gaps[i] as Gap)?.json, gaps[i]);
  out.addBytes(BREAKDOWN);
  for (let i = 0; i < breakdown.length; i++) addItem(out, i, keptOf(breakdown[i] as Factor)?.json, breakdown[i]);
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
  const json = () => bytes(`${JSON.stringify(score)},"eligible":${eligible},"reasons":[`);
  if (!Number.isInteger(score) || score < 0 || score > 100) return json();
  const at = eligible ? score + 101 : score;
  let kept = SCORES[at];
  if (kept === undefined) {
    kept = json();
    SCORES[at] = kept;
  }
  return kept;
}

/** What is kept of a frozen breakdown line or gap: its JSON, and (a line's) reason quoted. */
interface Kept {
  json: Item;
  reason?: Item;
}

const kept = new WeakMap<object, Kept>();

/** The kept JSON of a frozen object (with only strings and numbers inside, it cannot change). */
function keptOf(o: Readonly<Factor | Gap>): Kept | undefined {
  if (!Object.isFrozen(o)) return undefined;
  let k = kept.get(o);
  if (k === undefined) {
    k = { json: item(JSON.stringify(o)), ...("reason" in o ? { reason: item(JSON.stringify(o.reason)) } : {}) };
    kept.set(o, k);
  }
  return k;
}

/** A reason quoted, kept with the frozen breakdown line it is the reason of. */
function keptReason(breakdown: readonly Factor[], reason: string): Item | undefined {
  for (const line of breakdown) if (line.reason === reason) return keptOf(line)?.reason;
  return undefined;
}
