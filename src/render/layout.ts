import type { Io } from "../context.js";

// Layout by display width: string-width and wrap-ansi know wide characters and colour codes, but
// loading them builds an Intl.Segmenter, about a third of a command's start-up (issue #4). So they
// load only when needed: to measure (tables, aligned titles) or to wrap to a real width. Output
// to a pipe, with no $COLUMNS, is not wrapped: there is no width to wrap to, and unwrapped lines
// suit grep.

type Libraries = { stringWidth: (text: string) => number; wrapAnsi: typeof import("wrap-ansi").default };
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

/** A plain table: a header row, then rows, columns sized to their widest cell. */
export function table(header: string[], rows: string[][], style: (s: string) => string = (s) => s): string {
  const { stringWidth } = loaded();
  const widths = header.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [style(line(header)), ...rows.map(line)].join("\n");
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

export const bullets = (items: readonly string[], width: number | undefined): string =>
  items.map((item) => wrap(`• ${item}`, width, 4, 2)).join("\n");
