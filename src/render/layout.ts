import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";

/** Pads a cell to a display width (wide characters and colour codes counted right). */
export const padEnd = (text: string, width: number): string =>
  text + " ".repeat(Math.max(0, width - stringWidth(text)));

/** A plain table: a header row, then rows, columns sized to their widest cell. */
export function table(header: string[], rows: string[][], style: (s: string) => string = (s) => s): string {
  const widths = header.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : padEnd(c, widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [style(line(header)), ...rows.map(line)].join("\n");
}

/** Wraps text to `width` columns, every line indented by `indent` (a hanging indent for bullets). */
export function wrap(text: string, width: number, indent = 0, firstIndent = indent): string {
  const body = wrapAnsi(text, Math.max(20, width - indent), { hard: true, trim: true });
  return body
    .split("\n")
    .map((l, i) => " ".repeat(i === 0 ? firstIndent : indent) + l)
    .join("\n");
}

export const bullets = (items: readonly string[], width: number): string =>
  items.map((item) => wrap(`• ${item}`, width, 4, 2)).join("\n");
