import type { KnowledgeBase } from "../core/kb-schema.js";
import type { Profile } from "../core/profile-schema.js";
import { rankWorded, type WordedMatch } from "../core/score.js";
import type { InputIssue } from "../errors.js";
import { checkProfile } from "../profile/check-profile.js";
import type { ProfileResult } from "../profile/parse-profile.js";
import { type JsonBytes, writeWordedMatch } from "../render/match-json.js";
import type { BatchItem } from "./batch-item.js";

// One output line of `match --batch`: the item's profile validated by the same schema as
// `match --profile`, ranked by the same scorer, each result as in `match --json`. The line is
// the JSON.stringify({ id, line, results }) or ({ id, line, error }) of it, written as bytes.

/**
 * Writes the line (without its newline) to `out`, and says whether the profile was matched.
 * `checked`: what the judge's fast check made of the item's profile (judge.check). `limit`: how
 * many results to keep (--top), or undefined for all (--all).
 */
export function writeMatchLine(
  kb: KnowledgeBase,
  item: BatchItem,
  checked: Profile | undefined,
  limit: number | undefined,
  judge: ProfileJudge,
  out: JsonBytes,
): boolean {
  if ("error" in item) return rejected(item.id, item.line, item.error, out);
  let profile = checked;
  if (profile === undefined) {
    const parsed = judge.explain(item.profile);
    if (!parsed.ok) return rejected(item.id, item.line, describeIssues(parsed.issues), out);
    profile = parsed.profile;
  }
  out.addText(`{"id":${JSON.stringify(item.id)},"line":${item.line},"results":[`);
  const results = rankWorded(kb, profile, limit, limit === undefined).matches;
  const market = { kb, country: profile.country, year: YEAR };
  for (let i = 0; i < results.length; i++) {
    if (i > 0) out.addBytes(COMMA);
    writeWordedMatch(results[i] as WordedMatch, out, market);
  }
  out.addBytes(END);
  return true;
}

/**
 * A line's profile judged as `match --profile` judges one: the fast check (check-profile.ts),
 * then, for a profile it refuses, zod's word (src/validation.ts). zod and the YAML parser take
 * ~20 ms to load, in each thread, so they load only once a line needs them (load): a batch of
 * good lines never pays for them. matchBatch says when (NEEDS_VALIDATOR), and its caller loads.
 */
export class ProfileJudge {
  #explain: ((value: unknown) => ProfileResult) | undefined;

  /** Whether zod's word can be had (explain). */
  get ready(): boolean {
    return this.#explain !== undefined;
  }

  /** Loads zod, for explain: once. */
  async load(): Promise<void> {
    if (this.#explain) return;
    const { parseProfileObject } = await import("../validation.js");
    this.#explain ??= (value) => parseProfileObject(value, "");
  }

  /** The fast check: the profile, or undefined when zod must say (explain). */
  check(value: unknown): Profile | undefined {
    return checkProfile(value);
  }

  /** zod's word on a profile (as `match --profile` has it), once loaded. */
  explain(value: unknown): ProfileResult {
    if (!this.#explain) throw new Error("the profile validator is not loaded yet (ProfileJudge.load)");
    return this.#explain(value);
  }
}

const COMMA = Buffer.from(",");
/** The year by which pay figures are dated: this run's. */
const YEAR = new Date().getFullYear();
const END = Buffer.from("]}");

function rejected(id: BatchItem["id"], line: number, error: string, out: JsonBytes): false {
  out.addText(JSON.stringify({ id, line, error }));
  return false;
}

// A line has no positions to point at (its number is in the output already): the wording of
// `match --profile`, without file:line:col.
/** "languages[0].code: unknown language ...; education.feild: unknown key "feild"" */
export function describeIssues(issues: readonly InputIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ");
}
