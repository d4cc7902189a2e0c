import { expect } from "vitest";
import type { BadInputRow } from "../helpers/bad-input.js";

// Rows of the bad-input matrix (test/bad-input.test.ts): role names and search text.
const HUGE = "x".repeat(100_000);
const noEcho = (result: { stderr: string }) => expect(result.stderr.length).toBeLessThan(1_000);

export const rows: BadInputRow[] = [
  {
    name: "a role name that matches nothing",
    args: ["role", "xyzzy"],
    code: 1,
    stdout: "",
    stderr: /^no role matches "xyzzy"\n/,
  },
  {
    name: "a 100,000-character role name is refused at once, without echoing it",
    args: ["role", HUGE],
    code: 2,
    stdout: "",
    stderr: /^error: the role name is 100,000 characters long; at most 200 are taken\nhint: /,
    check: noEcho,
  },
  {
    name: "a 100,000-character role name is refused with --json too",
    args: ["role", HUGE, "--json"],
    code: 2,
    stdout: "",
    stderr: /^error: the role name is 100,000 characters long/,
    check: noEcho,
  },
  {
    name: "a role name of 200 characters is still looked up",
    args: ["role", `team leader ${"x".repeat(188)}`],
    // a role's name with a word no role holds: another job, of which Team Leader is the nearest
    code: 1,
    stdout: "",
    stderr: /^no role matches "team leader x+"\nnearest: "Team Leader" \(team-leader\)/,
  },
  {
    name: "a 100,000-character search is refused at once, without echoing it",
    args: ["search", HUGE],
    code: 2,
    stdout: "",
    stderr: /^error: the search text is 100,000 characters long; at most 200 are taken\nhint: /,
    check: noEcho,
  },
  {
    name: "a 100,000-character option value is cut in commander's message",
    args: ["roles", "--office", HUGE],
    code: 2,
    stdout: "",
    stderr: /argument 'x{40}\.\.\.' \(100000 characters\) is invalid\. Allowed choices are front, back/,
    check: noEcho,
  },
  {
    name: "a 100,000-character unknown option is cut in commander's message, its start and end kept",
    args: ["roles", `--${HUGE}`],
    code: 2,
    stdout: "",
    stderr: /unknown option '--x+ \.\.\. \(\d+ characters left out\) \.\.\. x+'/,
    check: noEcho,
  },
];
