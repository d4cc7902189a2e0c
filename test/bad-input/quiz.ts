import { symlinkSync } from "node:fs";
import { join } from "node:path";
import type { BadInputRow } from "../helpers/bad-input.js";

// Rows of the bad-input matrix (test/bad-input.test.ts): the quiz's flags, and file names left
// blank. A --save that cannot work is refused before the first question, terminal or not.
export const rows: BadInputRow[] = [
  {
    name: 'quiz --save "" says it needs a file name',
    args: ["quiz", "--save", ""],
    code: 2,
    stdout: "",
    stderr: /^error: --save "": needs a file name\nhint: give a file name, such as me\.yaml\n$/,
  },
  {
    name: "quiz --save to a link that points to nothing is refused before the first question",
    args: ["quiz", "--save", "d.yaml"],
    setup: (dir) => symlinkSync(join(dir, "gone", "d.yaml"), join(dir, "d.yaml")),
    code: 2,
    stdout: "",
    stderr: /^error: --save d\.yaml: d\.yaml is a link to a file that does not exist\nhint: remove the link/,
  },
  {
    name: "quiz --save to an existing file is refused before the first question",
    args: ["quiz", "--save", "taken.yaml"],
    files: { "taken.yaml": "mine\n" },
    code: 2,
    stderr: /^error: --save taken\.yaml: taken\.yaml already exists\nhint: add --force/,
  },
  {
    name: 'match --profile "" says it needs a file name',
    args: ["match", "--profile", ""],
    code: 2,
    stdout: "",
    stderr: /^error: option '--profile <file>' argument '' is invalid\. give a file name/,
  },
  {
    name: 'match --batch "" says it needs a file name',
    args: ["match", "--batch", " "],
    code: 2,
    stderr: /^error: option '--batch <file>' argument ' ' is invalid\. give a file name/,
  },
  {
    name: '--kb "" says it needs a file name',
    args: ["--kb", "", "roles"],
    code: 2,
    stdout: "",
    stderr: /^error: option '--kb <path>' argument '' is invalid\. give a file name/,
  },
  {
    name: 'kb validate "" says it needs a KB',
    args: ["kb", "validate", ""],
    code: 2,
    stderr: /^error: kb validate needs a KB file or folder, not a blank name\n/,
  },
  {
    name: "quiz --save /dev/null --force is refused: a save would put a file where the device is",
    args: ["quiz", "--save", "/dev/null", "--force"],
    code: 2,
    stderr: /^error: --save \/dev\/null: \/dev\/null is not a regular file\n/,
  },
  {
    name: "quiz --save to a name ending in / is refused as a folder",
    args: ["quiz", "--save", "sub/"],
    code: 2,
    stderr: /^error: --save sub\/: sub\/ is a folder\n/,
  },
];
