import type { ChalkInstance } from "chalk";
import type { Io } from "../context.js";

// chalk loads only when there is colour to show: loading it (with the tty and os modules it reads
// at load) is several milliseconds of every command's start-up (issue #4), and output to a pipe,
// a file or NO_COLOR shows none.

/**
 * The colours to use: none with --no-color or NO_COLOR (which chalk alone ignores), the level
 * FORCE_COLOR asks for, else colour only when stdout is a terminal.
 */
export async function colorFor(
  io: Io,
  flag: boolean | undefined,
  stream: "stdout" | "stderr" = "stdout",
): Promise<ChalkInstance> {
  const level = await colorLevel(io, flag, stream);
  if (level === 0) return PLAIN;
  const { Chalk } = await import("chalk");
  return new Chalk({ level });
}

export async function colorLevel(
  io: Io,
  flag: boolean | undefined,
  stream: "stdout" | "stderr",
): Promise<0 | 1 | 2 | 3> {
  if (flag === false || (io.env.NO_COLOR ?? "") !== "") return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    const level = Number.parseInt(force, 10);
    return level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1;
  }
  if (!io[stream].isTTY) return 0;
  const { supportsColor } = await import("chalk");
  // chalk says false for a terminal that shows no colour (TERM=dumb): that is level 0, not 1
  return supportsColor ? supportsColor.level : 0;
}

/**
 * What chalk does at level 0, without loading it: any chain of styles (chalk.bold.underline)
 * returns the text unchanged. Not thenable, so that it can be returned from an async function.
 * test/color.test.ts holds it to chalk's own behaviour for the styles the renderers use.
 */
export const PLAIN: ChalkInstance = new Proxy(
  Object.assign((...text: unknown[]) => text.join(" "), { level: 0 }),
  {
    get: (target, key) =>
      key === "then" || typeof key === "symbol" ? Reflect.get(target, key) : key === "level" ? 0 : PLAIN,
  },
) as unknown as ChalkInstance;
