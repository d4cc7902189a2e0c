import { expect } from "vitest";
import type { BadInputRow } from "../helpers/bad-input.js";

// Rows of the bad-input matrix (test/bad-input.test.ts): `compare` and `path` (issue #17).
const HUGE = "x".repeat(100_000);
const noEcho = (result: { stderr: string }) => expect(result.stderr.length).toBeLessThan(1_000);

export const rows: BadInputRow[] = [
  {
    name: "compare with one role is refused as usage",
    args: ["compare", "csr"],
    code: 2,
    stdout: "",
    stderr: /^error: compare takes 2 to 4 roles; 1 was given\nhint: name each role as one argument/,
  },
  {
    name: "compare with five roles is refused as usage",
    args: ["compare", "csr", "bookkeeper", "trainer", "team-leader", "medical-coder"],
    code: 2,
    stdout: "",
    stderr: /^error: compare takes 2 to 4 roles; 5 were given\n/,
  },
  {
    name: "compare with no role at all says which argument is missing",
    args: ["compare"],
    code: 2,
    stdout: "",
    stderr: /error: missing required argument 'roles'/,
  },
  {
    name: "compare of one role under two names is refused as usage, naming both arguments",
    args: ["compare", "csr", "customer service representative"],
    code: 2,
    stdout: "",
    stderr:
      /^error: arguments 1 and 2 \("csr", "customer service representative"\) are the same role, Customer Service Representative \(customer-service-representative\)\n/,
  },
  {
    name: "compare with a name that matches nothing names its argument (exit 1)",
    args: ["compare", "csr", "xyzzy"],
    code: 1,
    stdout: "",
    stderr: /^error: no single role for argument 2 \("xyzzy"\)\n {2}argument 2, "xyzzy": no role matches\nhint: /,
  },
  {
    name: "compare with a name that matches nothing prints JSON with --json (exit 1)",
    args: ["compare", "csr", "xyzzy", "--json"],
    code: 1,
    stdout: /"misses": \[\n\s+\{\n\s+"argument": 2,\n\s+"query": "xyzzy",\n\s+"reason": "no-match"/,
    stderr: "",
  },
  {
    name: "compare with a 100,000-character name is refused at once, naming its argument, without echoing it",
    args: ["compare", "csr", HUGE],
    code: 2,
    stdout: "",
    stderr: /^error: the role name of argument 2 is 100,000 characters long; at most 200 are taken\nhint: /,
    check: noEcho,
  },
  {
    name: "compare with a bad profile flag names the flag",
    args: ["compare", "csr", "bookkeeper", "--lang", "klingon:B2"],
    code: 2,
    stdout: "",
    stderr: /option '--lang <code:level>' argument 'klingon:B2' is invalid/,
  },
  {
    name: "path of a name that matches nothing says so, with no unrelated roles as the nearest (exit 1)",
    args: ["path", "xyzzy"],
    code: 1,
    stdout: "",
    stderr: /^no role matches "xyzzy"\nhint: /,
  },
  {
    name: "path of a 100,000-character name is refused at once, without echoing it",
    args: ["path", HUGE],
    code: 2,
    stdout: "",
    stderr: /^error: the role name is 100,000 characters long; at most 200 are taken\nhint: .*bpo-advisor path/,
    check: noEcho,
  },
  {
    name: "path with a profile file that does not exist says so (exit 2)",
    args: ["path", "team-leader", "--profile", "missing.yaml"],
    code: 2,
    stdout: "",
    stderr: /missing\.yaml/,
  },
];
