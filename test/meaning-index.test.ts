import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import MiniSearch from "minisearch";
import { stemmer } from "stemmer";
import { describe, expect, it } from "vitest";
import { meaningIndexOf } from "../src/core/find-role.js";
import { type IndexState, meaningIndex, roleTexts, synonymsOf } from "../src/core/meaning.js";
import { shippedKb as kb } from "./helpers/kb.js";
import { ROOT } from "./helpers/run-cli.js";

// The shipped KB's full-text index is made by the build and restored whole at run time
// (src/core/meaning.ts: IndexState), from minisearch's own fields: it must answer as the index
// built from the roles' texts, whatever the query, or a minisearch upgrade has changed them.
const QUERIES = [
  ...readFileSync(join(ROOT, "test/fixtures/role-queries.tsv"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t")[0] as string),
  "analyst",
  "invoise",
  "chasing unpaid invoices",
  "custmer servce",
];

const libraries = { MiniSearch, stemmer };
const built = () => meaningIndex(roleTexts(kb), libraries, undefined, synonymsOf(kb));
const answers = (index: ReturnType<typeof built>) => QUERIES.map((q) => ({ q, hits: index.search(q, 10) }));

describe("the full-text index the build keeps", () => {
  it("restored from its state, answers each labelled query as the index built from the texts", () => {
    const state = deserialize(serialize(built().state())) as IndexState;
    const restored = meaningIndex(roleTexts(kb), libraries, state, synonymsOf(kb));
    expect(answers(restored)).toEqual(answers(built()));
  });

  it("as the build wrote it (dist/meaning.bin), answers as the index of data/kb", () => {
    const state = deserialize(readFileSync(join(ROOT, "dist/meaning.bin"))) as IndexState;
    const shipped = meaningIndex(roleTexts(kb), libraries, state, synonymsOf(kb));
    expect(answers(shipped)).toEqual(answers(built()));
  });

  it("that this Node cannot read is built again, with the same answers", async () => {
    // V8's header, with a format version (127) newer than any this Node reads
    const unreadable = { ...kb, meaningIndex: Uint8Array.from([0xff, 0x7f, 0x00, 0x01]) };
    expect(answers(await meaningIndexOf(unreadable))).toEqual(answers(built()));
  });

  it("takes a word it holds as written: a typo is read only in a word it does not hold", () => {
    const index = built();
    // "audit" is one letter from "audio", "trainer" from "trainee": each finds what it says
    expect(index.search("audit").flatMap((h) => h.matches.map((m) => m.text.toLowerCase()))).not.toContainEqual(
      expect.stringContaining("audio"),
    );
    expect(index.search("trainer").map((h) => h.role.id)).toEqual(["trainer"]);
    // "invoise" is no word of the KB: it is read as "invoice"
    expect(index.search("invoise").map((h) => h.role.id)).toContain("accounts-payable-specialist");
  });
});
