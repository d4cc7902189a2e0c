import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import MiniSearch from "minisearch";
import { stemmer } from "stemmer";
import { describe, expect, it } from "vitest";
import { meaningIndexOf } from "../src/core/find-role.js";
import { meaningIndex, restoredMeaningIndex, roleTexts, synonymsOf } from "../src/core/meaning.js";
import { readMeaningFile, writeMeaningFile } from "../src/core/meaning-file.js";
import { shippedKb as kb } from "./helpers/kb.js";
import { ROOT } from "./helpers/run-cli.js";

// The shipped KB's full-text index is made by the build and restored at run time, in the parts
// a query needs (src/core/meaning.ts: StoredIndex), from minisearch's own fields: it must answer
// as the index built from the roles' texts, whatever the query and whatever queries came before,
// or a minisearch upgrade has changed them.
const QUERIES = [
  ...readFileSync(join(ROOT, "test/fixtures/role-queries.tsv"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("#"))
    .map((line) => line.split("\t")[0] as string),
  "analyst",
  "invoise",
  "chasing unpaid invoices",
  "custmer servce",
  // typos in a word's first letter: a near spelling in another branch of the tree of terms
  "xnvoice",
  "nvoices",
  "iinvoice",
  "ayroll processing",
  "kollections",
];

const libraries = { MiniSearch, stemmer };
const built = () => meaningIndex(roleTexts(kb), libraries, synonymsOf(kb));
const answers = (index: ReturnType<typeof built>) => QUERIES.map((q) => ({ q, hits: index.search(q, 10) }));
const v8 = { serialize, deserialize };
const restore = (bytes: Uint8Array) => restoredMeaningIndex(kb.roles, libraries, readMeaningFile(bytes, v8));
const written = () => writeMeaningFile(built().state(), v8);
/** What a file holds, its parts read. */
const contents = (bytes: Uint8Array) => {
  const { search, synonyms, tree, lines } = readMeaningFile(bytes, v8);
  return { search, synonyms, tree: tree.map((b) => [b.key, b.terms, b.read()]), lines: lines.map((l) => l()) };
};

describe("the full-text index the build keeps", () => {
  it("restored from what it wrote, answers each labelled query as the index built from the texts", () => {
    expect(answers(restore(written()))).toEqual(answers(built()));
  });

  it("restored afresh for each query (a typo first or a word it holds), answers as the built index", () => {
    const bytes = written();
    const index = built();
    // a restored index reads the branches of a query's words, or all of them for a typo
    const alone = QUERIES.map((q) => ({ q, hits: restore(bytes).search(q, 10) }));
    expect(alone).toEqual(QUERIES.map((q) => ({ q, hits: index.search(q, 10) })));
  });

  it("restored, gives back the state it was restored from", () => {
    const bytes = written();
    const again = restore(bytes);
    again.search("chasing unpaid invoices");
    expect(contents(writeMeaningFile(again.state(), v8))).toEqual(contents(bytes));
  });

  it("as the build wrote it (dist/meaning.bin), answers as the index of data/kb", () => {
    expect(answers(restore(readFileSync(join(ROOT, "dist/meaning.bin"))))).toEqual(answers(built()));
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
