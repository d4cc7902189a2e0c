import type { Io } from "../context.js";

// Layout by display width: fast-string-width and fast-wrap-ansi (./text-width.ts) know wide
// characters and colour codes. They load only when needed: to measure (tables, aligned titles)
// or to wrap to a real width. Output to a pipe, with no $COLUMNS, is not wrapped: there is no
// width to wrap to, and unwrapped lines suit grep.

type Libraries = { stringWidth: (text: string) => number; wrapAnsi: typeof import("fast-wrap-ansi").wrapAnsi };
let libraries: Libraries | undefined;

/**
 * Gets text layout ready for a command's output and returns the width to wrap to: the
 * terminal's, else $COLUMNS, else undefined (no wrapping). `measure` loads the measuring library
 * even without a width, for tables and aligned columns.
 */
export async function prepareLayout(io: Io, { measure = false } = {}): Promise<number | undefined> {
  const fromEnv = Number.parseInt(io.env.COLUMNS ?? "", 10);
  const columns = io.stdout.isTTY ? (io.stdout.columns ?? 80) : Number.isFinite(fromEnv) ? fromEnv : undefined;
  const width = columns === undefined ? undefined : Math.max(40, Math.min(columns, 120));
  if ((measure || width !== undefined) && !libraries) {
    libraries = await import("./text-width.js");
  }
  return width;
}

function loaded(): Libraries {
  if (!libraries) throw new Error("text layout used before prepareLayout()");
  return libraries;
}

/** Pads a cell to a display width (wide characters and colour codes counted right). */
export const padEnd = (text: string, width: number): string =>
  text + " ".repeat(Math.max(0, width - loaded().stringWidth(text)));

/** How a table's column gives way when the table is wider than the terminal. */
export interface ColumnFit {
  /** Cut with an ellipsis down to this width (the header's at the least); never cut without it. */
  minWidth?: number;
  /** Left out when cutting is not enough, the lowest first; never left out without it. */
  dropOrder?: number;
}

const GAP = 2;

/**
 * A plain table: a header row, then rows, columns sized to their widest cell. With a width, the
 * columns that may are cut, then left out, until every line fits (issue #13: `roles` was 141
 * columns wide); without one (a pipe), the table is whole, the same for every reader.
 */
export function table(
  header: string[],
  rows: string[][],
  style: (s: string) => string = (s) => s,
  fit: { width?: number; columns?: readonly ColumnFit[]; ellipsis?: string } = {},
): string {
  const { stringWidth } = loaded();
  let shown = header.map((_, i) => i);
  const widths = header.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ""))));
  if (fit.width !== undefined) shown = fitColumns(header, widths, fit.width, fit.columns ?? []);
  const ellipsis = fit.ellipsis ?? "...";
  const line = (cells: string[]) =>
    shown
      .map((i, k) => {
        const cell = cut(cells[i] ?? "", widths[i] ?? 0, ellipsis);
        return k === shown.length - 1 ? cell : padEnd(cell, widths[i] ?? 0);
      })
      .join(" ".repeat(GAP))
      .trimEnd();
  return [style(line(header)), ...rows.map(line)].join("\n");
}

/**
 * Narrows `widths` in place and returns the columns kept, so that a line fits `width`: the
 * columns that may are cut (the widest first); when that is not enough, the next column is left
 * out and the others are cut again from their full widths.
 */
function fitColumns(header: string[], widths: number[], width: number, columns: readonly ColumnFit[]): number[] {
  const { stringWidth } = loaded();
  const full = [...widths];
  const floorOf = (i: number) => Math.max(columns[i]?.minWidth ?? full[i] ?? 0, stringWidth(header[i] ?? ""));
  let shown = header.map((_, i) => i);
  for (;;) {
    for (const i of shown) widths[i] = full[i] ?? 0;
    const total = () => shown.reduce((sum, i) => sum + (widths[i] ?? 0), 0) + GAP * (shown.length - 1);
    for (let over = total() - width; over > 0; over = total() - width) {
      const cuttable = shown.filter((i) => (widths[i] ?? 0) > floorOf(i));
      if (cuttable.length === 0) break;
      const widest = cuttable.reduce((a, b) => ((widths[b] ?? 0) > (widths[a] ?? 0) ? b : a));
      const others = Math.max(0, ...cuttable.filter((i) => i !== widest).map((i) => widths[i] ?? 0));
      // down to the next widest, so that the cut is shared out, or as far as needed
      const to = Math.max(floorOf(widest), others, (widths[widest] ?? 0) - over);
      widths[widest] = to < (widths[widest] ?? 0) ? to : Math.max(floorOf(widest), (widths[widest] ?? 0) - 1);
    }
    if (total() <= width) return shown;
    const droppable = shown.filter((i) => columns[i]?.dropOrder !== undefined);
    if (droppable.length === 0) return shown;
    const first = droppable.reduce((a, b) => ((columns[b]?.dropOrder ?? 0) < (columns[a]?.dropOrder ?? 0) ? b : a));
    shown = shown.filter((i) => i !== first);
  }
}

/** `text` cut to `width` columns, ending in `ellipsis` when cut. */
export function cut(text: string, width: number, ellipsis: string): string {
  const { stringWidth } = loaded();
  if (stringWidth(text) <= width) return text;
  let kept = "";
  for (const char of text) {
    if (stringWidth(kept + char) + ellipsis.length > width) break;
    kept += char;
  }
  return kept.trimEnd() + ellipsis;
}

/**
 * Wraps text to `width` columns, every line indented by `indent` (a hanging indent for bullets);
 * with no width, only indents.
 */
export function wrap(text: string, width: number | undefined, indent = 0, firstIndent = indent): string {
  const body =
    width === undefined ? text : loaded().wrapAnsi(text, Math.max(20, width - indent), { hard: true, trim: true });
  return body
    .split("\n")
    .map((l, i) => " ".repeat(i === 0 ? firstIndent : indent) + l)
    .join("\n");
}

export const bullets = (items: readonly string[], width: number | undefined, bullet = "•"): string =>
  items.map((item) => wrap(`${bullet} ${item}`, width, 4, 2)).join("\n");

/**
 * Blocks of lines set side by side (`compare`): each line of a block padded to its column's
 * width (by display width), the columns `gap` spaces apart; a shorter block leaves its column
 * blank below it.
 */
export function sideBySide(blocks: readonly (readonly string[])[], widths: readonly number[], gap = GAP): string {
  const height = Math.max(0, ...blocks.map((b) => b.length));
  const lines: string[] = [];
  for (let row = 0; row < height; row++) {
    const cells = blocks.map((b, i) =>
      i === blocks.length - 1 ? (b[row] ?? "") : padEnd(b[row] ?? "", widths[i] ?? 0),
    );
    lines.push(cells.join(" ".repeat(gap)).trimEnd());
  }
  return lines.join("\n");
}
