import type { KnowledgeBase } from "../core/kb-schema.js";
import { rankTopRoles } from "../core/score.js";
import type { InputIssue } from "../errors.js";
import { parseProfileObject } from "../profile/parse-profile.js";
import { matchResultText } from "../render/match-json.js";
import type { BatchItem } from "./batch-item.js";

// One output line of `match --batch`, pure: the item's profile validated by the same schema as
// `match --profile`, ranked by the same scorer, each result as in `match --json`.

export interface OutputLine {
  matched: boolean;
  /** The JSON of the line, without its newline. */
  json: string;
}

/** `limit`: how many results to keep (--top), or undefined for all (--all). */
export function matchLine(kb: KnowledgeBase, item: BatchItem, limit: number | undefined): OutputLine {
  if ("error" in item) return rejected(item.id, item.line, item.error);
  const parsed = parseProfileObject(item.profile, "");
  if (!parsed.ok) return rejected(item.id, item.line, describeIssues(parsed.issues));
  // as JSON.stringify({ id, line, results }) would write it; added up piece by piece rather
  // than joined, as a join copies the text once more
  let json = `{"id":${JSON.stringify(item.id)},"line":${item.line},"results":[`;
  rankTopRoles(kb, parsed.profile, limit).forEach((m, i) => {
    json += i === 0 ? matchResultText(m) : `,${matchResultText(m)}`;
  });
  return { matched: true, json: `${json}]}` };
}

const rejected = (id: BatchItem["id"], line: number, error: string): OutputLine => ({
  matched: false,
  json: JSON.stringify({ id, line, error }),
});

// A line has no positions to point at (its number is in the output already): the wording of
// `match --profile`, without file:line:col.
/** "languages[0].code: unknown language ...; education.feild: unknown key "feild"" */
export function describeIssues(issues: readonly InputIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join("; ");
}
