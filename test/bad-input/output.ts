import { expect } from "vitest";
import type { BadInputRow } from "../helpers/bad-input.js";

// Rows of the bad-input matrix (test/bad-input.test.ts): where the output goes.
const PROFILE = '{"id":"asha","languages":[{"code":"en","level":"C1"}]}\n';
const FULL = /^error: cannot write the output: no space left on the device\n$/;

const toFullDisk = (name: string, command: string): BadInputRow => ({
  name: `${name} to a full disk is one line and exit 1`,
  shell: `${command} > /dev/full`,
  files: { "ok.jsonl": PROFILE },
  code: 1,
  stderr: FULL,
});

const NON_ASCII = /[^\t\n -~]/; // anything but printable ASCII, tabs and newlines
const asciiOnly = (result: { stdout: string }) => expect(result.stdout).not.toMatch(NON_ASCII);
const linesAtMost = (width: number) => (result: { stdout: string }) => {
  for (const line of result.stdout.split("\n")) expect([...line].length).toBeLessThanOrEqual(width);
};

export const rows: BadInputRow[] = [
  toFullDisk("role", "$BPO role bookkeeper"),
  toFullDisk("roles --json", "$BPO roles --json"),
  toFullDisk("search", "$BPO search payroll"),
  toFullDisk("match", "$BPO match --lang en:B2"),
  toFullDisk("match --batch", "$BPO match --batch ok.jsonl"),
  toFullDisk("kb validate", "$BPO kb validate"),
  toFullDisk("--help", "$BPO --help"),
  toFullDisk("--version", "$BPO --version"),
  {
    name: "a batch whose stdout is closed says its output went nowhere",
    shell: "$BPO match --batch ok.jsonl >&-",
    files: { "ok.jsonl": PROFILE },
    code: 0,
    stderr:
      /1 matched[\s\S]*\nnote: the output went to \/dev\/null: standard output was closed \(>&-\) or thrown away\n$/,
  },
  {
    name: "a batch written to a file says nothing of /dev/null",
    shell: "$BPO match --batch ok.jsonl > out.jsonl && wc -l < out.jsonl",
    files: { "ok.jsonl": PROFILE },
    code: 0,
    stdout: /^1\n$/,
    stderr: /^batch: 1 line read: 1 matched, 0 rejected; [^\n]*\n$/,
  },
  {
    name: "a reader that closes the pipe early ends the run quietly",
    shell: "set -o pipefail; $BPO roles | head -1",
    code: 0,
    stdout: /^ID\s+TITLE/,
    stderr: "",
  },

  {
    name: "roles at 100 columns fits them, ids whole, titles cut with an ellipsis",
    args: ["roles"],
    env: { COLUMNS: "100" },
    code: 0,
    stdout:
      /^ID +TITLE +DOMAIN +OFFICE +PROCESS\n[\s\S]*\ncustomer-service-representative +Customer Service Re[a-z ]*…/,
    stderr: "",
    check: linesAtMost(100),
  },
  {
    name: "roles at 60 columns keeps the ids and titles",
    args: ["roles"],
    env: { COLUMNS: "60" },
    code: 0,
    stdout: /^ID +TITLE\n/,
    check: linesAtMost(60),
  },
  {
    name: "roles to a pipe is the whole table, the same for every reader",
    args: ["roles"],
    code: 0,
    stdout:
      /^ID +TITLE +DOMAIN +OFFICE +PROCESS\n[\s\S]*\nchat-email-support-representative +Chat and Email Support Representative +Customer service +Front +Non-voice \(inbound\)\n/,
  },
  {
    name: "LANG=C gets ASCII score bars and ticks from match",
    args: ["match", "--lang", "en:C1", "--education", "bachelor", "--top", "2"],
    env: { LANG: "C", LC_ALL: undefined, LC_CTYPE: undefined },
    code: 0,
    stdout: /[#.]{10} +\d+ {2}eligible, (strong|good) fit\n[\s\S]*\n {4}\+ /,
    check: asciiOnly,
  },
  {
    name: "LANG=C gets ASCII bullets and cut titles from role and roles",
    shell: "$BPO role accounts payable --lang en:B1 && COLUMNS=80 $BPO roles",
    env: { LANG: "C", LC_ALL: undefined, LC_CTYPE: undefined },
    code: 0,
    stdout: /\n {2}\* [\s\S]*\n {4}x needs English B2 \(the minimum the role asks\); you have English B1[\s\S]*\.\.\. /,
    check: asciiOnly,
  },
  {
    name: "LANG=C gets an ASCII tick from kb validate",
    args: ["kb", "validate"],
    env: { LANG: "C", LC_ALL: undefined, LC_CTYPE: undefined },
    code: 0,
    stdout: /^\+ .* is a valid KB: \d+ roles/,
  },
  {
    name: "a mistyped command whose stderr is a full disk still exits 2",
    shell: "$BPO rols 2> /dev/full",
    code: 2,
    stdout: "",
  },
  {
    name: "a batch whose stderr is a full disk still matches and exits 0",
    shell: "set -o pipefail; $BPO match --batch ok.jsonl 2> /dev/full | wc -l",
    files: { "ok.jsonl": PROFILE },
    code: 0,
    stdout: /^1\n$/,
  },
  {
    name: "match at 60 columns cuts long titles so that each line keeps its bar, within the width",
    args: ["match", "--lang", "en:C1", "--education", "bachelor", "--top", "3"],
    env: { COLUMNS: "60" },
    code: 0,
    stdout:
      /\n 1\. .+… +[█░]{10} +\d+ {2}eligible, (strong|good) fit\n[\s\S]*\nMore on a role: bpo-advisor role <id>\nEvery factor: --explain\n/,
    check: linesAtMost(60),
  },
  {
    name: "search at 60 columns wraps its headings within the width",
    args: ["search", "payroll"],
    env: { COLUMNS: "60" },
    code: 0,
    check: linesAtMost(60),
  },
  {
    name: "role details and how a profile fits stay within 60 columns",
    args: ["role", "team leader", "--lang", "en:B1"],
    env: { COLUMNS: "60" },
    code: 0,
    stdout: /How you fit/,
    check: linesAtMost(60),
  },
];
