import type { KnowledgeBase } from "../core/kb-schema.js";
import type { Profile } from "../core/profile-schema.js";
import { rankWorded, type WordedMatch } from "../core/score.js";
import type { InputIssue } from "../errors.js";
import { checkProfile } from "../profile/check-profile.js";
import type { ProfileResult } from "../profile/parse-profile.js";
import { writePickedMatch, writeWordedMatch } from "../render/match-json.js";
import type { BatchItem } from "./batch-item.js";
import { writeCsvError, writeCsvRows } from "./csv-output.js";
import type { LineFormat } from "./line-format.js";
import type { OutputBytes } from "./output-bytes.js";

// One output line of `match --batch`: the item's profile validated by the same schema as
// `match --profile`, ranked by the same scorer, each result as in `match --json`. The line is
// the JSON.stringify({ id, line, results }) or ({ id, line, error }) of it, written as bytes; or,
// with --output csv, its rows (csv-output.ts). Its number is the input line's, plus --line-offset.

/** What every line of a batch is matched and written with: on the main thread and in each worker. */
export interface BatchSetup {
  kb: KnowledgeBase;
  /** How many results to keep (--top), or undefined for all (--all). */
  limit: number | undefined;
  format: LineFormat;
}

/**
 * Writes the line (its newline, or each row's CRLF, too) to `out`, and says whether the profile
 * was matched. `checked`: what the judge's fast check made of the item's profile (judge.check).
 */
export function writeMatchLine(
  setup: BatchSetup,
  item: BatchItem,
  checked: Profile | undefined,
  judge: ProfileJudge,
  out: OutputBytes,
): boolean {
  const { kb, limit, format } = setup;
  const line = item.line + format.lineOffset;
  if ("error" in item) return rejected(item.id, line, item.error, undefined, format, out);
  let profile = checked;
  if (profile === undefined) {
    const parsed = judge.explain(item.profile);
    if (!parsed.ok) return rejected(item.id, line, describeIssues(parsed.issues), item.profile.name, format, out);
    profile = parsed.profile;
  }
  const results = rankWorded(kb, profile, limit, limit === undefined).matches;
  const market = { kb, country: profile.country, year: YEAR };
  if (format.output === "csv") {
    writeCsvRows({ line, id: item.id, name: profile.name }, results, market, format.columns, out);
    return true;
  }
  out.addText(`{"id":${JSON.stringify(item.id)},"line":${line},"results":[`);
  const { fields } = format;
  for (let i = 0; i < results.length; i++) {
    if (i > 0) out.addBytes(COMMA);
    if (fields) writePickedMatch(results[i] as WordedMatch, out, market, fields);
    else writeWordedMatch(results[i] as WordedMatch, out, market);
  }
  out.addBytes(END);
  out.endLine();
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

function rejected(
  id: BatchItem["id"],
  line: number,
  error: string,
  name: unknown,
  format: LineFormat,
  out: OutputBytes,
): false {
  if (format.output === "csv") {
    // the name as the line gave it, when it is text: the person it is about, though it is not valid
    writeCsvError({ line, id, name: typeof name === "string" ? name : undefined }, error, format.columns, out);
  } else out.addLine(JSON.stringify({ id, line, error }));
  return false;
}

// A line has no positions to point at (its number is in the output already): the wording of
// `match --profile`, without file:line:col.
/** "languages[0].code: unknown language ...; education.feild: unknown key "feild"" */
export function describeIssues(issues: readonly InputIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ");
}
