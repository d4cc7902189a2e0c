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
];
