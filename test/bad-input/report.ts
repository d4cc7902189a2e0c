import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { BadInputRow } from "../helpers/bad-input.js";

// Rows of the bad-input matrix (test/bad-input.test.ts): `bpo-advisor report` (issue #17).
const PROFILE = "languages: [{ code: en, level: B2 }]\neducation: { level: higher-secondary }\n";
const untouched = (file: string, content: string) => (_: unknown, dir: string) =>
  expect(readFileSync(join(dir, file), "utf8")).toBe(content);

export const rows: BadInputRow[] = [
  {
    name: "a report without a profile",
    args: ["report", "-o", "r.pdf"],
    code: 2,
    stdout: "",
    stderr: /^error: report needs a profile: --profile FILE, or flags such as --lang en:B2/,
  },
  {
    name: "a report to a file whose extension says no format",
    args: ["report", "--profile", "me.yaml", "-o", "report.txt"],
    files: { "me.yaml": PROFILE },
    code: 2,
    stdout: "",
    stderr:
      /^error: cannot tell the report's format from the file name report\.txt\nhint: name it \.md, \.html or \.pdf/,
  },
  {
    name: "a report in a format it does not have",
    args: ["report", "--profile", "me.yaml", "--format", "docx"],
    files: { "me.yaml": PROFILE },
    code: 2,
    stderr: /argument 'docx' is invalid\. Allowed choices are md, html, pdf/,
  },
  {
    name: "a report over an existing file, without --force, leaves the file as it was",
    args: ["report", "--profile", "me.yaml", "-o", "old.pdf"],
    files: { "me.yaml": PROFILE, "old.pdf": "mine\n" },
    code: 2,
    stdout: "",
    stderr: /^error: -o old\.pdf: old\.pdf already exists\nhint: add --force to overwrite it/,
    check: untouched("old.pdf", "mine\n"),
  },
  {
    name: "a report into a folder that cannot be written",
    args: ["report", "--profile", "me.yaml", "-o", "/proc/sys/r.pdf"],
    files: { "me.yaml": PROFILE },
    code: 2,
    stdout: "",
    stderr: /^error: -o \/proc\/sys\/r\.pdf: the folder \/proc\/sys is not writable\nhint: save the report elsewhere/,
  },
  {
    name: "a report into a folder that does not exist",
    args: ["report", "--profile", "me.yaml", "-o", "no/such/r.html"],
    files: { "me.yaml": PROFILE },
    code: 2,
    stderr: /^error: -o no\/such\/r\.html: the folder no\/such does not exist/,
  },
  {
    name: "a report onto a folder's name",
    args: ["report", "--profile", "me.yaml", "-o", "out/"],
    files: { "me.yaml": PROFILE, "out/keep": "" },
    code: 2,
    stderr: /^error: -o out\/: out\/ is a folder\nhint: give a file name, such as report\.pdf/,
  },
  {
    name: "a PDF report onto a terminal's screen",
    shell: 'script -qec "$BPO report --profile me.yaml --format pdf -o -" /dev/null',
    files: { "me.yaml": PROFILE },
    code: 2,
    stdout: /error: a PDF is not for the terminal\r?\nhint: give -o report\.pdf, or pipe it/,
  },
  {
    name: "a report asked for as JSON",
    args: ["report", "--profile", "me.yaml", "--json"],
    files: { "me.yaml": PROFILE },
    code: 2,
    stderr: /^error: report writes a page, not JSON\nhint: use `bpo-advisor match --json`/,
  },
  {
    name: "a report to a full disk is one line and exit 1",
    shell: "$BPO report --profile me.yaml > /dev/full",
    files: { "me.yaml": PROFILE },
    code: 1,
    stderr: /^error: cannot write the output: no space left on the device\n$/,
  },
  {
    name: "a report of a profile with a mistake names the place",
    args: ["report", "--profile", "bad.yaml", "-o", "r.md"],
    files: { "bad.yaml": "languages: [{ code: en, level: B9 }]\n" },
    code: 2,
    stdout: "",
    stderr: /^error: [\s\S]*bad\.yaml:1:/,
    check: (_, dir) => expect(() => readFileSync(join(dir, "r.md"))).toThrow(),
  },
  {
    name: "--report-dir without --batch",
    args: ["match", "--lang", "en:B2", "--report-dir", "out"],
    code: 2,
    stderr: /^error: --report-dir writes a report for each person of a --batch file\nhint: add --batch FILE/,
  },
  {
    name: "a report format for match without --report-dir",
    args: ["match", "--batch", "p.jsonl", "--format", "pdf"],
    files: { "p.jsonl": '{"id":"a"}\n' },
    code: 2,
    stdout: "",
    stderr: /^error: --format pdf is the format of the reports of --report-dir\nhint: add --report-dir DIR/,
  },
  {
    name: "--report-dir naming a file",
    args: ["match", "--batch", "p.jsonl", "--report-dir", "p.jsonl"],
    files: { "p.jsonl": '{"id":"a"}\n' },
    code: 2,
    stderr: /^error: --report-dir p\.jsonl is not a folder/,
    check: untouched("p.jsonl", '{"id":"a"}\n'),
  },
  {
    name: "--report-dir with an id that climbs out of it (../) stays in it",
    args: ["match", "--batch", "p.jsonl", "--report-dir", "out", "--format", "md"],
    files: { "p.jsonl": '{"id":"../../../tmp/x","languages":[{"code":"en","level":"B2"}]}\n' },
    code: 0,
    stdout: "",
    stderr: /reports: 1 written to out, listed in out\/index\.md\n$/,
    check: (_, dir) => expect(readdirSync(join(dir, "out")).sort()).toEqual(["index.md", "tmp-x.md"]),
  },
];
