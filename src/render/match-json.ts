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

/**
 * JSON.stringify(matchResultJson(m)), byte for byte, for `match --batch`, where writing JSON is
 * much of the work. Most lines of a breakdown, and gaps, are frozen objects that many results
 * share (the scorer keeps them per role and input), so the JSON of each is made once and kept.
 */
export function matchResultText(m: RoleMatch): string {
  let text = `{"id":${quote(m.role.id)},"title":${quote(m.role.title)},"score":${JSON.stringify(m.score)},"eligible":${m.eligible},"reasons":[`;
  m.reasons.forEach((reason, i) => {
    text += i === 0 ? quote(reason) : `,${quote(reason)}`;
  });
  text += '],"gaps":[';
  m.gaps.forEach((gap, i) => {
    text += i === 0 ? jsonOf(gap) : `,${jsonOf(gap)}`;
  });
  text += '],"breakdown":[';
  m.breakdown.forEach((line, i) => {
    text += i === 0 ? jsonOf(line) : `,${jsonOf(line)}`;
  });
  return `${text}]}`;
}

const kept = new WeakMap<object, string>();

/** JSON.stringify(o), kept for a frozen one: with only strings and numbers inside, it cannot change. */
function jsonOf(o: Readonly<Factor | Gap>): string {
  if (!Object.isFrozen(o)) return JSON.stringify(o);
  let text = kept.get(o);
  if (text === undefined) {
    text = JSON.stringify(o);
    kept.set(o, text);
  }
  return text;
}

// Strings quoted, kept by content: a batch repeats the same titles and reasons over and over.
// Fresh strings (a reason naming 2.5 years) are many, so the store is emptied when full.
const QUOTED_LIMIT = 4096;
const quoted = new Map<string, string>();

function quote(s: string): string {
  let text = quoted.get(s);
  if (text === undefined) {
    text = JSON.stringify(s);
    if (quoted.size >= QUOTED_LIMIT) quoted.clear();
    quoted.set(s, text);
  }
  return text;
}
