import { type Document, isAlias, isMap, isScalar, LineCounter, parseDocument, type SchemaOptions, visit } from "yaml";
import type { InputIssue } from "../errors.js";
import { formatPath, type PathSegment } from "./issue-path.js";
import { duplicateKeyMessage, duplicateKeyOf } from "./json-keys.js";

// Parses YAML (or JSON, a subset of it) keeping positions, so that a schema error found later
// can be reported as file:line:col. Aliases are refused outright: the KB and profiles never
// need them, and refusing them defuses "billion laughs" alias bombs.

export type { PathSegment } from "./issue-path.js";

export interface ParsedDocument {
  value: unknown;
  /**
   * Line and column (1-based) of the node at `path`, or of its nearest existing ancestor; with
   * `key`, of the key that names it (where an unknown key is written).
   */
  locate(path: readonly PathSegment[], at?: "value" | "key"): { line: number; col: number };
}

export type ParseResult = { ok: true; doc: ParsedDocument } | { ok: false; issues: InputIssue[] };

/**
 * Parses a YAML or JSON text. JSON (most machine-written files, and every large KB) takes the
 * fast path of JSON.parse; the positioned YAML document is then built only if a position is asked
 * for, to report an error. Anything JSON.parse refuses is parsed as YAML, which reports it; a key
 * given twice, which JSON.parse lets through (the last wins), is refused as YAML refuses it.
 */
export function parseDocumentText(text: string, file: string): ParseResult {
  const start = text.trimStart()[0];
  if (start === "{" || start === "[") {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return parseYamlDocument(text, file);
    }
    const duplicate = duplicateKeyOf(text, value);
    if (duplicate) {
      const issue = { file, ...lineAndColumn(text, duplicate.offset), message: duplicateKeyMessage(duplicate.key) };
      return {
        ok: false,
        issues: [duplicate.path.length > 0 ? { ...issue, path: formatPath(duplicate.path) } : issue],
      };
    }
    let positioned: ParsedDocument | undefined;
    const locate: ParsedDocument["locate"] = (path, at) => {
      if (!positioned) {
        const parsed = parseYamlDocument(text, file);
        positioned = parsed.ok ? parsed.doc : { value, locate: () => ({ line: 1, col: 1 }) };
      }
      return positioned.locate(path, at);
    };
    return { ok: true, doc: { value, locate } };
  }
  return parseYamlDocument(text, file);
}

function parseYamlDocument(text: string, file: string): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, customTags: jsonNumbers });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, col };
  };
  const issues: InputIssue[] = doc.errors.map((e) => ({
    file,
    ...at(e.pos[0]),
    message: firstLine(e.message),
  }));
  const aliases: { source: string; offset: number }[] = [];
  visit(doc, {
    Alias(_key, node) {
      aliases.push({ source: node.source, offset: node.range?.[0] ?? 0 });
    },
  });
  const [first] = aliases;
  if (first) {
    const more = aliases.length > 1 ? ` (${aliases.length} in this file)` : "";
    issues.push({
      file,
      ...at(first.offset),
      message: `YAML aliases such as *${first.source} are not allowed${more}; write the values out`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  const locate = (path: readonly PathSegment[], which: "value" | "key" = "value") =>
    at((which === "key" ? keyOffset(doc, path) : undefined) ?? nodeOffset(doc, path));
  return { ok: true, doc: { value: doc.toJS({ maxAliasCount: 0 }), locate } };
}

/**
 * YAML's core schema reads 0x10 as 16 and 0o17 as 15, numbers that JSON has no way to write and
 * no one means as years (issue #13): with these two left out, a YAML file's numbers are JSON's,
 * and 0x10 stays text, which the schema refuses where it wants a number.
 */
const jsonNumbers = (tags: Tags): Tags =>
  tags.filter((tag) => !(typeof tag === "object" && "format" in tag && (tag.format === "HEX" || tag.format === "OCT")));
type Tags = Exclude<NonNullable<SchemaOptions["customTags"]>, (tags: never) => unknown>;

function keyOffset(doc: Document, path: readonly PathSegment[]): number | undefined {
  const parent = doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[path.length - 1]);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

function nodeOffset(doc: Document, path: readonly PathSegment[]): number {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true);
    if (node && typeof node === "object" && "range" in node && !isAlias(node)) {
      const range = (node as { range?: [number, number, number] }).range;
      if (range) return range[0];
    }
  }
  return 0;
}

function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, col: offset - lineStart + 1 };
}

const firstLine = (message: string) => message.split("\n")[0]?.trim() ?? message;
