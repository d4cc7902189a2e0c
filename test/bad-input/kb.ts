import { cpSync, readdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import type { BadInputRow } from "../helpers/bad-input.js";
import { ROOT } from "../helpers/run-cli.js";

// Rows of the bad-input matrix (test/bad-input.test.ts): custom knowledge bases, and the cache
// of validated ones (src/kb/kb-cache.ts). Each row's cache is a folder of its own, in its folder.

const SHIPPED = join(ROOT, "data/kb");
/** The shipped KB copied to `kb/` in the row's folder, and the row's own cache folder. */
const copyKb = (dir: string) => cpSync(SHIPPED, join(dir, "kb"), { recursive: true });
const CACHE = { BPO_ADVISOR_CACHE_DIR: "cache" };
const cached = (dir: string) => readdirSync(join(dir, "cache")).filter((f) => f.endsWith(".json"));
/** Grows a file of the KB past the 32 MiB a KB file may be (sparse: no 33 MB written). */
const overLimit = (file: string) => truncateSync(file, 33 * 1024 * 1024);

export const rows: BadInputRow[] = [
  {
    name: "a KB folder whose vocabularies file is over 32 MiB gives that one error, not false ones after it",
    args: ["--kb", "kb", "roles"],
    setup: (dir) => {
      copyKb(dir);
      overLimit(join(dir, "kb/vocabularies.yaml"));
    },
    code: 2,
    stdout: "",
    stderr:
      /^error: the KB at kb is invalid \(1 problem\)\n {2}kb\/vocabularies\.yaml: is 33\.0 MiB; the limit is 32\.0 MiB\nhint: files that cannot be read are listed; the KB as a whole is checked once they can be\n$/,
  },
  {
    name: "a one-file KB over 32 MiB gives that one error",
    args: ["kb", "validate", "big.yaml"],
    setup: (dir) => {
      writeFileSync(join(dir, "big.yaml"), "");
      overLimit(join(dir, "big.yaml"));
    },
    code: 2,
    stderr:
      /^error: the KB at big\.yaml is invalid \(1 problem\)\n {2}big\.yaml: is 33\.0 MiB; the limit is 32\.0 MiB\n/,
  },
  {
    name: "a valid custom KB is cached, and the cached copy is what the next run uses",
    shell:
      "$BPO --kb kb roles --json > first.json && " +
      // the cached copy, altered: a run that shows the alteration read the cache, not the files
      // (its second line is the roles: src/kb/kb-cache.ts)
      `node -e 'const fs=require("fs");const f="cache/"+fs.readdirSync("cache")[0];const [head,roles]=fs.readFileSync(f,"utf8").split("\\n");const r=JSON.parse(roles);r[0].title="From the cache";fs.writeFileSync(f,head+"\\n"+JSON.stringify(r))' && ` +
      "$BPO --kb kb roles --json",
    setup: copyKb,
    env: CACHE,
    code: 0,
    stdout: '"title": "From the cache"',
    stderr: "",
    check: (_result, dir) => expect(cached(dir)).toHaveLength(1),
  },
  {
    name: "a changed KB file is checked again, not read from the cache",
    shell: `$BPO --kb kb roles > /dev/null && sed -i 's/^    title: "Bookkeeper"$/    title: "Bookkeeper (changed)"/' kb/roles.yaml && $BPO --kb kb roles`,
    setup: copyKb,
    env: CACHE,
    code: 0,
    stdout: /Bookkeeper \(changed\)/,
    stderr: "",
    check: (_result, dir) => {
      expect(readFileSync(join(dir, "kb/roles.yaml"), "utf8")).toContain('title: "Bookkeeper (changed)"');
      expect(cached(dir)).toHaveLength(2);
    },
  },
  {
    name: "an invalid KB is never cached: its problems are reported on every run",
    shell: "$BPO --kb kb roles; $BPO --kb kb roles",
    setup: (dir) => {
      copyKb(dir);
      writeFileSync(join(dir, "kb/tips.yaml"), "interviewTips: [{ title: 3 }]\n");
    },
    env: CACHE,
    code: 2,
    stderr: /error: the KB at kb is invalid[\s\S]*error: the KB at kb is invalid/,
    check: (_result, dir) => expect(() => cached(dir)).toThrow(/ENOENT/),
  },
  {
    name: "a cache folder that cannot be written only costs time",
    args: ["--kb", "kb", "roles", "--domain", "finance"],
    setup: (dir) => {
      copyKb(dir);
      writeFileSync(join(dir, "cache"), "a file where the cache folder would be");
    },
    env: CACHE,
    code: 0,
    stdout: /bookkeeper/,
    stderr: "",
  },
  {
    name: 'kb stats "" says it needs a KB',
    args: ["kb", "stats", ""],
    code: 2,
    stderr: /^error: kb stats needs a KB file or folder, not a blank name\n/,
  },
  {
    name: "kb stats of a KB that does not exist says so",
    args: ["kb", "stats", "no-such-kb"],
    code: 2,
    stdout: "",
    stderr: /no-such-kb/,
  },
  {
    name: "a KB with a pay figure below its country's minimum wage is refused, naming the rate",
    args: ["kb", "validate", "kb"],
    setup: (dir) => {
      copyKb(dir);
      writeFileSync(
        join(dir, "kb/low-pay.yaml"),
        [
          "roles:",
          "  - id: low-paid-role",
          "    title: Low Paid Role",
          "    summary: A role whose pay is below Poland's minimum wage.",
          "    domain: finance",
          "    level: entry",
          "    office: back",
          "    process: { mode: non-voice }",
          "    pay:",
          "      - { country: PL, currency: PLN, min: 3800, max: 9000, period: month, basis: gross, year: 2025, sources: [seed-000] }",
          "    sources: [seed-000]",
          "",
        ].join("\n"),
      );
    },
    code: 2,
    stderr:
      /low-pay\.yaml:10:\d+: roles\[0\]\.pay\[0\]\.min: PLN 3800 per month is below the minimum wage in force in 2025 \(PLN 4666 per month from 2025-01-01\)/,
  },
  {
    name: "a KB with a source that has no url, date or kind is refused, naming each",
    args: ["kb", "validate", "kb"],
    setup: (dir) => {
      copyKb(dir);
      writeFileSync(join(dir, "kb/bare-source.yaml"), 'sources:\n  - id: bare-source\n    title: "A page"\n');
    },
    code: 2,
    stderr:
      /source "bare-source" needs a url[\s\S]*source "bare-source" needs a date[\s\S]*source "bare-source" needs a kind/,
  },
];
