import type { RoleMatch } from "../core/match-types.js";
import { UNICODE } from "./glyphs.js";
import { unknownText } from "./match-text.js";
import type { TextStyle } from "./role-text.js";
import { sanitize } from "./sanitize.js";

/** A paragraph of text, how far it is indented (a next step under its gap), and its lines after the first. */
export interface Paragraph {
  text: string;
  indent: number;
  /** How much further its second and later lines are indented (past a mark such as ✗). */
  hang?: number;
}

/**
 * What is missing for a role (`compare`, `path`), as `match` words it: what it asks that the
 * person said they will not do, each gap with its next step where a source gives one, and the
 * requirements not known.
 */
export function missing(m: RoleMatch, { chalk, glyphs = UNICODE }: Pick<TextStyle, "chalk" | "glyphs">): Paragraph[] {
  const out: Paragraph[] = [];
  for (const f of m.breakdown) {
    if (f.verdict === "conflict")
      out.push({ text: `${chalk.red(glyphs.cross)} ${sanitize(f.reason)}`, indent: 0, hang: 2 });
  }
  for (const g of m.gaps) {
    out.push({ text: `${chalk.yellow(glyphs.cross)} ${sanitize(g.text)}`, indent: 0, hang: 2 });
    if (g.next) out.push({ text: `${glyphs.arrow} ${sanitize(g.next.text)}`, indent: 2, hang: 2 });
  }
  const unknown = unknownText(m);
  if (unknown) out.push({ text: `${chalk.yellow("?")} ${unknown}`, indent: 0, hang: 2 });
  if (out.length === 0) out.push({ text: "nothing: every requirement is known and met", indent: 0, hang: 0 });
  return out;
}
