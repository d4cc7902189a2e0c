import { readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError, type InputIssue } from "../errors.js";
import { decodeText, readFileBytes } from "../text-files.js";

/** A KB file larger than this is refused before it is parsed. */
export const MAX_KB_FILE_BYTES = 32 * 1024 * 1024;
const KB_EXTENSIONS = /\.(ya?ml|json)$/i;

export interface KbTextFile {
  file: string;
  text: string;
}

/** A KB file as read, before it is decoded: the cache of validated KBs knows a KB by its bytes. */
export interface KbFileBytes {
  file: string;
  bytes: Buffer;
}

/**
 * Reads a KB: one YAML/JSON file, or every such file of a folder (in name order). Files that
 * cannot be read come back as issues, so that they are reported with the others' problems.
 */
export function readKbFiles(path: string, cwd: string): { files: KbFileBytes[]; issues: InputIssue[] } {
  const full = resolve(cwd, path);
  // synchronously, as the files are read: node:fs/promises alone costs every command ~3 ms of start-up
  const info = attempt(() => statSync(full));
  if (!info) throw new InputError(`cannot read the KB: ${path} does not exist`, [], hintText);
  const files = info.isDirectory()
    ? readdirSync(full)
        .filter((f) => KB_EXTENSIONS.test(f))
        .sort()
        .map((f) => join(path, f))
    : [path];
  if (files.length === 0) {
    throw new InputError(`the KB folder ${path} holds no .yaml, .yml or .json file`, [], hintText);
  }
  const issues: InputIssue[] = [];
  const read: KbFileBytes[] = [];
  for (const file of files) {
    const result = readFileBytes(resolve(cwd, file), file, MAX_KB_FILE_BYTES);
    if ("issue" in result) issues.push(result.issue);
    else read.push({ file, bytes: result.bytes });
  }
  return { files: read, issues };
}

/** The KB files as text; a binary file, or one that is not UTF-8, comes back as an issue. */
export function decodeKbFiles(files: readonly KbFileBytes[]): { files: KbTextFile[]; issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  const texts: KbTextFile[] = [];
  for (const { file, bytes } of files) {
    const result = decodeText(bytes, file);
    if ("issue" in result) issues.push(result.issue);
    else texts.push({ file, text: result.text });
  }
  return { files: texts, issues };
}

const attempt = <T>(read: () => T): T | undefined => {
  try {
    return read();
  } catch {
    return undefined;
  }
};

const hintText = "pass a KB file or folder with --kb PATH or BPO_ADVISOR_KB; see `bpo-advisor kb validate --help`";
