import * as z from "zod/mini";
import type { InputIssue } from "../errors.js";
import { checkKnowledgeBase, type Located } from "./kb-check.js";
import type { EscoLabels, Jargon, MinimumWage, Synonyms } from "./kb-schema.js";
import {
  type InterviewTip,
  type KbFile,
  KbFileSchema,
  type KnowledgeBase,
  type Role,
  type Scoring,
  type Source,
  type Vocabularies,
} from "./kb-schema.js";
import { schemaIssues } from "./schema-issues.js";
import { type ParsedDocument, parseDocumentText } from "./yaml-document.js";

export interface KbTextFile {
  file: string;
  text: string;
}

export type KbResult = { ok: true; kb: KnowledgeBase } | { ok: false; issues: InputIssue[] };

// A large KB file (issue #4: 10,000 roles within the 0.5 s of `role`) is parsed by z.compile()'s
// generated code: the same value for a valid file, and for an invalid one a fall-back to the
// ordinary parser, so the same messages. Compiling costs some 6 ms and, measured, pays for itself
// from about 5,000 roles (at 10,000 the command takes ~30 ms less, at 2,000 a few ms more), so
// smaller files keep the ordinary parser. Compiling only the roles, nearly all of such a file,
// measured the same.
export const COMPILED_FROM_ROLES = 5000;
let compiled: typeof KbFileSchema | undefined;

/** The schema a KB file of `roleCount` roles is parsed with. */
export function kbFileParser(roleCount: number): typeof KbFileSchema {
  if (roleCount < COMPILED_FROM_ROLES) return KbFileSchema;
  compiled ??= z.compile(KbFileSchema);
  return compiled;
}

const roleCount = (value: unknown): number => {
  const roles = (value as { roles?: unknown }).roles;
  return Array.isArray(roles) ? roles.length : 0;
};

/**
 * Validates the files of a KB (one, or a folder's) as one KB: every problem at once. With
 * `eachFileOnly` (some file of the KB could not be read), each file is checked on its own, and
 * not the KB as a whole: with a file missing, its sections and ids would be false problems.
 */
export function validateKnowledgeBase(
  files: readonly KbTextFile[],
  kbName: string,
  { eachFileOnly = false } = {},
): KbResult {
  const issues: InputIssue[] = [];
  const parsed: { file: string; doc: ParsedDocument; data: KbFile }[] = [];
  for (const { file, text } of files) {
    const result = parseDocumentText(text, file);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    if (result.doc.value === null || result.doc.value === undefined) {
      issues.push({ file, line: 1, col: 1, message: "the file is empty" });
      continue;
    }
    const data = kbFileParser(roleCount(result.doc.value)).safeParse(result.doc.value);
    if (!data.success) issues.push(...schemaIssues(data.error, file, result.doc));
    else parsed.push({ file, doc: result.doc, data: data.data });
  }
  if (issues.length > 0 || eachFileOnly) return { ok: false, issues };

  const roles: Located<Role>[] = [];
  const sources: Located<Source>[] = [];
  const tips: Located<InterviewTip>[] = [];
  const wages: Located<MinimumWage>[] = [];
  const escoLabels: Located<EscoLabels>[] = [];
  const jargon: Located<Jargon>[] = [];
  const synonyms: Synonyms[] = [];
  const single: { vocabularies?: Located<Vocabularies>; scoring?: Located<Scoring> } = {};
  for (const { file, doc, data } of parsed) {
    const at = (path: (string | number)[]) => ({
      file,
      path,
      locate: (suffix: (string | number)[]) => doc.locate([...path, ...suffix]),
    });
    roles.push(...(data.roles ?? []).map((value, i) => ({ value, ...at(["roles", i]) })));
    sources.push(...(data.sources ?? []).map((value, i) => ({ value, ...at(["sources", i]) })));
    tips.push(...(data.interviewTips ?? []).map((value, i) => ({ value, ...at(["interviewTips", i]) })));
    wages.push(...(data.minimumWages ?? []).map((value, i) => ({ value, ...at(["minimumWages", i]) })));
    escoLabels.push(...(data.escoLabels ?? []).map((value, i) => ({ value, ...at(["escoLabels", i]) })));
    jargon.push(...(data.jargon ?? []).map((value, i) => ({ value, ...at(["jargon", i]) })));
    synonyms.push(...(data.synonyms ?? []));
    for (const key of ["vocabularies", "scoring"] as const) {
      const value = data[key];
      if (value === undefined) continue;
      const previous = single[key];
      if (previous) {
        issues.push({
          file,
          ...doc.locate([key]),
          path: key,
          message: `${key} is already defined in ${previous.file}`,
        });
      } else {
        (single as Record<string, Located<unknown>>)[key] = { value, ...at([key]) };
      }
    }
  }
  for (const key of ["vocabularies", "scoring"] as const) {
    if (!single[key]) issues.push({ file: kbName, message: `no file of the KB defines "${key}"` });
  }
  if (roles.length === 0) issues.push({ file: kbName, message: 'no file of the KB defines any "roles"' });
  if (issues.length > 0 || !single.vocabularies || !single.scoring) return { ok: false, issues };

  issues.push(
    ...checkKnowledgeBase({
      roles,
      sources,
      tips,
      wages,
      escoLabels,
      jargon,
      vocabularies: single.vocabularies,
      scoring: single.scoring,
    }),
  );
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    kb: {
      sources: sources.map((s) => s.value),
      vocabularies: single.vocabularies.value,
      scoring: single.scoring.value,
      interviewTips: tips.map((t) => t.value),
      roles: roles.map((r) => r.value),
      minimumWages: wages.map((w) => w.value),
      escoLabels: escoLabels.map((e) => e.value),
      jargon: jargon.map((j) => j.value),
      synonyms,
    },
  };
}
