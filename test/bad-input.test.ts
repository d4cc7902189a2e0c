import { describe, expect, it } from "vitest";
import { rows as batch } from "./bad-input/batch.js";
import { rows as comparePath } from "./bad-input/compare-path.js";
import { rows as kb } from "./bad-input/kb.js";
import { rows as names } from "./bad-input/names.js";
import { rows as output } from "./bad-input/output.js";
import { rows as profile } from "./bad-input/profile.js";
import { rows as quiz } from "./bad-input/quiz.js";
import { rows as report } from "./bad-input/report.js";
import type { BadInputRow } from "./helpers/bad-input.js";
import { runRow } from "./helpers/bad-input.js";

// The bad-input matrix (issue #13), one table per part of the program, all held to the same
// rules: the exit code, what stdout and stderr say, and never a stack trace or "this is a bug".
const TABLES: Record<string, BadInputRow[]> = {
  profile,
  batch,
  output,
  kb,
  quiz,
  names,
  report,
  "compare and path": comparePath,
};

const matches = (text: string, wanted: RegExp | string | undefined) => {
  if (wanted === undefined) return;
  if (wanted === "") expect(text).toBe("");
  else if (typeof wanted === "string") expect(text).toContain(wanted);
  else expect(text).toMatch(wanted);
};

for (const [part, rows] of Object.entries(TABLES)) {
  if (rows.length === 0) continue;
  describe(`bad input: ${part}`, () => {
    it.each(rows.map((row) => [row.name, row] as const))("%s", (_name, row) => {
      const { result, dir } = runRow(row);
      expect({ code: result.code, stderr: result.stderr }).toMatchObject({ code: row.code });
      matches(result.stdout, row.stdout);
      matches(result.stderr, row.stderr);
      expect(result.stderr).not.toMatch(/\n\s+at |this is a bug/);
      row.check?.(result, dir);
    });
  });
}
