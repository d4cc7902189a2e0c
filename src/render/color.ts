import { Chalk, type ChalkInstance, supportsColor } from "chalk";
import type { Io } from "../context.js";

/**
 * The colours to use: none with --no-color or NO_COLOR (which chalk alone ignores), the level
 * FORCE_COLOR asks for, else colour only when stdout is a terminal.
 */
export function colorFor(io: Io, flag: boolean | undefined, stream: "stdout" | "stderr" = "stdout"): ChalkInstance {
  return new Chalk({ level: colorLevel(io, flag, stream) });
}

export function colorLevel(io: Io, flag: boolean | undefined, stream: "stdout" | "stderr"): 0 | 1 | 2 | 3 {
  if (flag === false || (io.env.NO_COLOR ?? "") !== "") return 0;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === "0" || force === "false") return 0;
    const level = Number.parseInt(force, 10);
    return level >= 1 && level <= 3 ? (level as 1 | 2 | 3) : 1;
  }
  if (!io[stream].isTTY) return 0;
  return supportsColor ? supportsColor.level : 1;
}
