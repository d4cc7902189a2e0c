import { mkdtempSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { kbFolderWith } from "./helpers/kb-folder.js";
import { fixture, runCli } from "./helpers/run-cli.js";

// A broken KB is reported as every problem at once, each as file:line:col, exit 2, no stack trace.
describe("an invalid knowledge base", () => {
  const cases: [string, () => string, RegExp][] = [
    [
      "a YAML syntax error",
      () => fixture("kb/syntax-error.yaml"),
      /syntax-error\.yaml:4:5: Flow sequence in block collection must be sufficiently indented and end with a \]/,
    ],
    [
      "a value of the wrong type",
      () => fixture("kb/wrong-type.yaml"),
      /wrong-type\.yaml:5:14: roles\[0\]\.aliases: .*expected array/i,
    ],
    [
      "an unknown key",
      () => fixture("kb/unknown-key.yaml"),
      /unknown-key\.yaml:9:\d+: roles\[0\]\.salery: unknown key "salery"/,
    ],
    [
      "an alias bomb",
      () => fixture("kb/alias-bomb.yaml"),
      /alias-bomb\.yaml:2:8: YAML aliases such as \*a are not allowed \(45 in this file\)/,
    ],
    [
      "a duplicate role id",
      () => kbFolderWith(fixture("kb/duplicate-id/roles.yaml")),
      /roles\.yaml:10:9: roles\[1\]\.id: duplicate role id "twin-role" \(first defined at .*roles\.yaml:2\)/,
    ],
    [
      "a career path to a role that does not exist",
      () => kbFolderWith(fixture("kb/dangling-career-path/roles.yaml")),
      /roles\.yaml:10:14: roles\[0\]\.careerPath\.next\[0\]: no role has the id "no-such-role"/,
    ],
    ["an empty file", () => fixture("kb/empty.yaml"), /empty\.yaml:1:1: the file is empty/],
    ["a file of binary noise", () => fixture("kb/binary-noise.yaml"), /binary-noise\.yaml: is a binary file, not text/],
  ];

  it.each(cases)("with %s says where, and exits 2", (_name, kbPath, message) => {
    const path = kbPath();
    for (const args of [
      ["kb", "validate", path],
      ["--kb", path, "roles"],
    ]) {
      const result = runCli(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
  });

  it("is also read from BPO_ADVISOR_KB", () => {
    const result = runCli(["roles"], { env: { BPO_ADVISOR_KB: fixture("kb/unknown-key.yaml") } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown-key\.yaml:9:\d+/);
  });

  it("reports every problem at once", () => {
    // the fixtures folder holds several broken files: each is named
    const both = runCli(["kb", "validate", fixture("kb")]);
    for (const file of ["syntax-error", "wrong-type", "unknown-key", "alias-bomb", "empty", "binary-noise"]) {
      expect(both.stderr).toContain(`${file}.yaml`);
    }
    expect(both.code).toBe(2);
  });

  it("that is missing is a clear error, not a crash", () => {
    const result = runCli(["kb", "validate", "no/such/kb"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: cannot read the KB: no\/such\/kb does not exist\nhint: /);
  });

  it("is refused when a file is too large, before it is parsed", () => {
    // the size check comes from the file's size, so a sparse file costs nothing to make
    const file = bigSparseFile(40 * 1024 * 1024);
    const result = runCli(["kb", "validate", file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/is 40\.0 MiB; the limit is 32\.0 MiB/);
  });
});

describe("the shipped knowledge base", () => {
  it("is valid", () => {
    const result = runCli(["kb", "validate"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/is a valid KB: \d+ roles, \d+ sources/);
    expect(result.code).toBe(0);
  });
});

function bigSparseFile(bytes: number) {
  const dir = mkdtempSync(join(tmpdir(), "bpo-big-"));
  const file = join(dir, "huge.yaml");
  writeFileSync(file, "");
  truncateSync(file, bytes);
  return file;
}
