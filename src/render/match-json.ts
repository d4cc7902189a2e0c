import type { KnowledgeBase, Role } from "../core/kb-schema.js";
import type { RoleMatch } from "../core/match-types.js";
import { payFor } from "../core/pay.js";
import type { Profile } from "../core/profile-schema.js";
import { isRequirement, spelledOut, type WordedMatch } from "../core/score.js";
import type { Worded } from "../core/score-words.js";
import { payJson, SCHEMA_VERSION } from "./json.js";

/** Where a result is for: the KB, the person's country (pay is that country's) and the current year. */
export interface Market {
  kb: KnowledgeBase;
  country: string | undefined;
  year: number;
}

/**
 * Each field of a result of `match --json` (and of each batch line), in the order it is written:
 * pinned by schemas/match.schema.json. `--fields` picks some of them, by these names.
 */
const RESULT_VALUES = {
  id: (m: RoleMatch) => m.role.id,
  title: (m: RoleMatch) => m.role.title,
  score: (m: RoleMatch) => m.score,
  band: (m: RoleMatch) => m.band,
  eligibility: (m: RoleMatch) => m.eligibility,
  eligible: (m: RoleMatch) => m.eligible,
  stepBack: (m: RoleMatch) => m.stepBack,
  reasons: (m: RoleMatch) => m.reasons,
  gaps: (m: RoleMatch) => m.gaps,
  unknown: (m: RoleMatch) => m.unknown,
  conflicts: (m: RoleMatch) => m.conflicts,
  breakdown: (m: RoleMatch) => m.breakdown,
  pay: (m: RoleMatch, market: Market) => payOf(m.role, market),
};

export type ResultField = keyof typeof RESULT_VALUES;
export const RESULT_FIELDS = Object.keys(RESULT_VALUES) as ResultField[];
export type MatchResultJson = { [F in ResultField]: ReturnType<(typeof RESULT_VALUES)[F]> };

const fieldValue = (field: ResultField, m: RoleMatch, market: Market): unknown =>
  (RESULT_VALUES[field] as (m: RoleMatch, market: Market) => unknown)(m, market);

const payOf = (role: Role, market: Market) =>
  market.country === undefined ? [] : payJson(market.kb, payFor(role, market.country), market.year);

/** One result of `match --json` (and of each batch line), every field. */
export const matchResultJson = (m: RoleMatch, market: Market): MatchResultJson =>
  pickedResultJson(m, market, RESULT_FIELDS) as MatchResultJson;

/** A result with only the fields `--fields` names, in the order it names them. */
export function pickedResultJson(
  m: RoleMatch,
  market: Market,
  fields: readonly ResultField[],
): Partial<MatchResultJson> {
  const json: Record<string, unknown> = {};
  for (const field of fields) json[field] = fieldValue(field, m, market);
  return json;
}

/** `match --json`: with `fields`, each result has only those (schemas/match-fields.schema.json). */
export const matchJson = (
  profile: Profile,
  matches: readonly RoleMatch[],
  total: number,
  conflicts: number,
  market: Market,
  fields?: readonly ResultField[],
) => ({
  schemaVersion: SCHEMA_VERSION,
  profile,
  total,
  conflictsLeftOut: conflicts,
  results: matches.map((m) => (fields ? pickedResultJson(m, market, fields) : matchResultJson(m, market))),
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
export function writeWordedMatch(m: WordedMatch, out: JsonBytes, market: Market): void {
  const { reasons, lines } = m;
  const end = endOf(m.role, market);
  // the JSON of every line is made (and kept) first, and the room the result needs counted:
  // each line, its reason once at most (in reasons, unknown or conflicts: never in two), its gap
  const head = headOf(m.role);
  const status = statusOf(m);
  let size = head.length + status.length + FRAME + end.length;
  const kept = KEPT;
  for (let i = 0; i < lines.length; i++) {
    const json = jsonOf(lines[i] as Worded);
    if (json === undefined) return void writeAfresh(m, out, market);
    kept[i] = json;
    size += json.size;
  }
  // room for every piece is made once, and they are copied without a check for room each (a
  // check per piece cost about as much as the copying)
  const bytes = out.room(size);
  let at = put(bytes, out.used, head);
  at = put(bytes, at, status);
  for (let i = 0; i < reasons.length; i++) {
    at = put(bytes, at, (jsonOf(reasons[i] as Worded) as WordedJson).reason[i === 0 ? 0 : 1]);
  }
  if (m.band === "strong" || m.band === "good") {
    // eligible and no conflict: no gaps, nothing unknown, no conflicts, in one piece
    at = put(bytes, at, NO_GAPS);
    for (let i = 0; i < lines.length; i++) at = put(bytes, at, (kept[i] as WordedJson).line[i === 0 ? 0 : 1]);
    out.used = put(bytes, at, end);
    return;
  }
  at = put(bytes, at, GAPS);
  let n = 0;
  for (let i = 0; i < lines.length; i++) {
    const gap = (kept[i] as WordedJson).gap;
    if (gap) at = put(bytes, at, gap[n++ === 0 ? 0 : 1]);
  }
  at = put(bytes, at, UNKNOWN);
  n = 0;
  for (let i = 0; i < lines.length; i++) {
    const json = kept[i] as WordedJson;
    if (json.unknown) at = put(bytes, at, json.factor[n++ === 0 ? 0 : 1]);
  }
  at = put(bytes, at, CONFLICTS);
  n = 0;
  for (let i = 0; i < lines.length; i++) {
    const json = kept[i] as WordedJson;
    if (json.conflict) at = put(bytes, at, json.factor[n++ === 0 ? 0 : 1]);
  }
  at = put(bytes, at, BREAKDOWN);
  for (let i = 0; i < lines.length; i++) at = put(bytes, at, (kept[i] as WordedJson).line[i === 0 ? 0 : 1]);
  out.used = put(bytes, at, end);
}

/** The JSON of the lines of the result being written (reused: one result is written at a time). */
const KEPT: WordedJson[] = [];

const put = (bytes: Uint8Array, at: number, piece: Uint8Array): number => {
  bytes.set(piece, at);
  return at + piece.length;
};

/** writeWordedMatch for a result with words not kept (shared): each piece made now. */
function writeAfresh(m: WordedMatch, out: JsonBytes, market: Market): void {
  out.addText(JSON.stringify(matchResultJson(spelledOut(m), market)));
}

const pays = new WeakMap<Role, Map<string, { year: number; json: string; end: Uint8Array }>>();

/** The JSON of the role's pay for the country, and `],"pay":[...]}` (the end of a result): kept per role and country. */
function payJsonOf(role: Role, market: Market): { json: string; end: Uint8Array } {
  const key = market.country ?? "";
  let byCountry = pays.get(role);
  if (!byCountry) {
    byCountry = new Map();
    pays.set(role, byCountry);
  }
  let pay = byCountry.get(key);
  if (pay?.year !== market.year) {
    const json = JSON.stringify(payOf(role, market));
    pay = { year: market.year, json, end: bytes(`],"pay":${json}}`) };
    byCountry.set(key, pay);
  }
  return pay;
}

const endOf = (role: Role, market: Market): Uint8Array => payJsonOf(role, market).end;

/**
 * Adds JSON.stringify(pickedResultJson(spelledOut(m), market, fields)) to `out`, for `match
 * --batch --fields`: the fields' values made afresh (but the pay, kept per role and country).
 */
export function writePickedMatch(m: WordedMatch, out: JsonBytes, market: Market, fields: readonly ResultField[]): void {
  const spelled = spelledOut(m);
  let text = "{";
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i] as ResultField;
    const value = field === "pay" ? payJsonOf(m.role, market).json : JSON.stringify(fieldValue(field, spelled, market));
    text += `${i === 0 ? "" : ","}"${field}":${value}`;
  }
  out.addText(`${text}}`);
}

const bytes = (text: string): Uint8Array => Buffer.from(text, "utf8");
const GAPS = bytes('],"gaps":[');
const UNKNOWN = bytes('],"unknown":[');
const CONFLICTS = bytes('],"conflicts":[');
const BREAKDOWN = bytes('],"breakdown":[');
const NO_GAPS = bytes('],"gaps":[],"unknown":[],"conflicts":[],"breakdown":[');
/** The parts around the lists. */
const FRAME = GAPS.length + UNKNOWN.length + CONFLICTS.length + BREAKDOWN.length;

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

const STATUSES: (Uint8Array | undefined)[] = [];
const BANDS = ["strong", "good", "possible", "stretch", "not-yet", "conflict"];
const ELIGIBILITIES = ["eligible", "not-yet", "not-known"];

/** `83,"band":"strong","eligibility":"eligible","eligible":true,"stepBack":false,"reasons":[`, kept. */
function statusOf(m: WordedMatch): Uint8Array {
  const known = Number.isInteger(m.score) && m.score >= 0 && m.score <= 100;
  const key =
    ((m.score * 8 + BANDS.indexOf(m.band)) * 4 + ELIGIBILITIES.indexOf(m.eligibility)) * 2 + (m.stepBack ? 1 : 0);
  let kept = known ? STATUSES[key] : undefined;
  if (kept === undefined) {
    const eligible = m.eligibility === "eligible" && m.band !== "conflict";
    kept = bytes(
      `${JSON.stringify(m.score)},"band":${JSON.stringify(m.band)},"eligibility":${JSON.stringify(m.eligibility)},` +
        `"eligible":${eligible},"stepBack":${m.stepBack},"reasons":[`,
    );
    if (known) STATUSES[key] = kept;
  }
  return kept;
}

/** The JSON kept with shared words: their line, their reason quoted, their gap. */
interface WordedJson {
  line: Item;
  reason: Item;
  /** Its factor's name, quoted (for `unknown` and `conflicts`). */
  factor: Item;
  gap: Item | undefined;
  /** A requirement not known (listed in `unknown`), a conflict (in `conflicts`). */
  unknown: boolean;
  conflict: boolean;
  /** The most bytes it adds to a result: its line, its reason and its gap, each after a comma. */
  size: number;
}

/** The JSON of shared words, made once and kept with them; undefined for words not shared (they may change). */
function jsonOf(w: Worded): WordedJson | undefined {
  const { shared } = w;
  if (shared === undefined) return undefined;
  if (shared.json === undefined) {
    const { line, gap } = w;
    const lineJson = item(JSON.stringify(line));
    const reason = item(JSON.stringify(line.reason));
    const factor = item(JSON.stringify(line.factor));
    const gapJson = gap ? item(JSON.stringify(gap)) : undefined;
    const json: WordedJson = {
      line: lineJson,
      reason,
      factor,
      gap: gapJson,
      unknown: line.verdict === "not-known" && isRequirement(line.factor),
      conflict: line.verdict === "conflict",
      size: lineJson[1].length + Math.max(reason[1].length, factor[1].length) + (gapJson ? gapJson[1].length : 0),
    };
    shared.json = json;
  }
  return shared.json as WordedJson;
}
