import type { $ZodError, $ZodIssue } from "zod/v4/core";
import type { InputIssue } from "../errors.js";
import { asPathSegments, formatPath } from "./issue-path.js";
import type { ParsedDocument } from "./yaml-document.js";

/**
 * Turns zod's issues into plain-words issues, one per problem, unknown keys each named; located
 * as file:line:col when the parsed document is given (a value built from flags has none).
 */
export function schemaIssues(
  error: $ZodError,
  file: string,
  doc?: ParsedDocument,
  prefix: readonly PropertyKey[] = [],
): InputIssue[] {
  return error.issues.flatMap((issue) => {
    const base = [...prefix, ...issue.path];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => located(file, doc, [...base, key], `unknown key "${key}"`, "key"));
    }
    return [located(file, doc, base, describe(issue))];
  });
}

function located(
  file: string,
  doc: ParsedDocument | undefined,
  path: PropertyKey[],
  message: string,
  at: "value" | "key" = "value",
): InputIssue {
  const position = doc?.locate(asPathSegments(path), at);
  return { file, ...position, path: formatPath(path) || undefined, message };
}

function describe(issue: $ZodIssue): string {
  if (issue.code === "invalid_value") {
    return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  }
  if (issue.code === "invalid_type" && issue.message.endsWith("received undefined")) {
    return `required ${issue.expected} is missing`;
  }
  return issue.message;
}
