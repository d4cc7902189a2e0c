import { readFileSync } from "node:fs";
import type { Io } from "../context.js";
import type { KnowledgeBase } from "../core/kb-schema.js";
import { InputError } from "../errors.js";
import { SHIPPED_KB_DIR, SHIPPED_KB_JSON } from "../paths.js";
import { readKbFiles } from "./read-kb-files.js";

// The shipped KB is validated at build time (scripts/build-kb.ts) into dist/kb.json, so the
// everyday path only parses JSON and never loads zod. A custom KB (--kb, BPO_ADVISOR_KB) is
// validated here, in full.

export { SHIPPED_KB_DIR };

export async function loadKnowledgeBase(io: Io, kbPath: string | undefined): Promise<KnowledgeBase> {
  const custom = kbPath ?? (io.env.BPO_ADVISOR_KB || undefined);
  if (custom === undefined) {
    const built = readShipped();
    if (built !== undefined) return JSON.parse(built) as KnowledgeBase;
    return validateKbAt(SHIPPED_KB_DIR, io.cwd); // running from source, before a build
  }
  return validateKbAt(custom, io.cwd);
}

export async function validateKbAt(path: string, cwd: string): Promise<KnowledgeBase> {
  const read = await readKbFiles(path, cwd);
  const { validateKnowledgeBase } = await import("../validation.js");
  const result = validateKnowledgeBase(read.files, path);
  const issues = [...read.issues, ...(result.ok ? [] : result.issues)];
  if (!result.ok || issues.length > 0) {
    const count = issues.length;
    throw new InputError(
      `the KB at ${path} is invalid (${count} problem${count === 1 ? "" : "s"})`,
      issues,
      "fix the places listed above; `bpo-advisor kb validate PATH` checks a KB",
    );
  }
  return result.kb;
}

/** dist/kb.json, read synchronously: quicker than fs/promises for a file this small. */
function readShipped(): string | undefined {
  try {
    return readFileSync(SHIPPED_KB_JSON, "utf8");
  } catch {
    return undefined; // running from source, before a build
  }
}
