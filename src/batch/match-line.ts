import type { KnowledgeBase } from "../core/kb-schema.js";
import { rankTopWorded, type WordedMatch } from "../core/score.js";
import type { InputIssue } from "../errors.js";
import type { ProfileResult } from "../profile/parse-profile.js";
import { type JsonBytes, writeWordedMatch } from "../render/match-json.js";
import type { BatchItem } from "./batch-item.js";

// One output line of `match --batch`: the item's profile validated by the same schema as
// `match --profile`, ranked by the same scorer, each result as in `match --json`. The line is
// the JSON.stringify({ id, line, results }) or ({ id, line, error }) of it, written as bytes.

/**
 * Writes the line (without its newline) to `out`, and says whether the profile was matched.
 * `limit`: how many results to keep (--top), or undefined for all (--all).
 */
export function writeMatchLine(
  kb: KnowledgeBase,
  item: BatchItem,
  limit: number | undefined,
  judge: ProfileJudge,
  out: JsonBytes,
): boolean {
  if ("error" in item) return rejected(item.id, item.line, item.error, out);
  const parsed = judge(item.profile);
  if (!parsed.ok) return rejected(item.id, item.line, describeIssues(parsed.issues), out);
  out.addText(`{"id":${JSON.stringify(item.id)},"line":${item.line},"results":[`);
  const results = rankTopWorded(kb, parsed.profile, limit);
  for (let i = 0; i < results.length; i++) {
    if (i > 0) out.addBytes(COMMA);
    writeWordedMatch(results[i] as WordedMatch, out);
  }
  out.addBytes(END);
  return true;
}

/** A line's profile judged as `match --profile` judges one: the fast check, then zod's word. */
export type ProfileJudge = (value: unknown) => ProfileResult;

/** Loads zod (src/validation.ts), which explains a line the fast check refuses: once a batch. */
export async function loadProfileJudge(): Promise<ProfileJudge> {
  const { parseProfileObject } = await import("../validation.js");
  return (value) => parseProfileObject(value, "");
}

const COMMA = Buffer.from(",");
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
