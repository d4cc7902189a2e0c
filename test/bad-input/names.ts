import type { BadInputRow } from "../helpers/bad-input.js";

// Rows of the bad-input matrix (test/bad-input.test.ts): names and search text.
export const rows: BadInputRow[] = [
  {
    name: "a role name that matches nothing",
    args: ["role", "xyzzy"],
    code: 1,
    stdout: "",
    stderr: /^no role matches "xyzzy"\n/,
  },
];
