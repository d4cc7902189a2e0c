import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { blockLines, type LineBatch, type RawLine, readLines } from "../src/batch/read-lines.js";

async function* chunksOf(...parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.from(part);
}
const batchesOf = async (source: AsyncIterable<Buffer>, maxBytes = 1024): Promise<LineBatch[]> => {
  const batches: LineBatch[] = [];
  for await (const batch of readLines(source, maxBytes)) batches.push(batch);
  return batches;
};
/** Every line, in order, each as a RawLine: a block's lines as blockLines gives them. */
const collect = async (source: AsyncIterable<Buffer>, maxBytes = 1024): Promise<RawLine[]> =>
  (await batchesOf(source, maxBytes)).flatMap((b) => [...b.lines, ...(b.block ? blockLines(b.block) : [])]);
/** What each batch holds: its RawLines' numbers, and its block as text with the numbers of its lines. */
const shapes = async (...parts: (string | Buffer)[]) =>
  (await batchesOf(chunksOf(...parts), 8)).map(({ lines, block }) => ({
    lines: lines.map((l) => l.n),
    block: block && { text: block.bytes.toString(), first: block.first, count: block.count },
  }));
/** A full garbage collection, so that memory measured is memory held. */
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
const texts = (lines: RawLine[]) => lines.map((l) => l.bytes?.toString() ?? `<${l.overLimit} bytes>`);

describe("readLines, the bounded line splitter", () => {
  it("numbers lines and joins the ones split across chunks", async () => {
    const lines = await collect(chunksOf("one\ntw", "o\n", "", "thr", "ee\nfour\n"));
    expect(texts(lines)).toEqual(["one", "two", "three", "four"]);
    expect(lines.map((l) => l.n)).toEqual([1, 2, 3, 4]);
  });

  it("keeps blank lines (for the reader to skip) and drops the \\r of CRLF", async () => {
    expect(texts(await collect(chunksOf("a\r\n\r\n\nb\r", "\n")))).toEqual(["a", "", "", "b"]);
  });

  it("marks a last line that has no newline", async () => {
    const lines = await collect(chunksOf("a\nb"));
    expect(lines).toEqual([
      { n: 1, bytes: Buffer.from("a") },
      { n: 2, bytes: Buffer.from("b"), unterminated: true },
    ]);
    expect(await collect(chunksOf("a\n"))).toEqual([{ n: 1, bytes: Buffer.from("a") }]);
    expect(await collect(chunksOf())).toEqual([]);
  });

  it("keeps a character whose bytes are split across chunks whole", async () => {
    const bytes = Buffer.from("ü€\n");
    const lines = await collect(chunksOf(bytes.subarray(0, 1), bytes.subarray(1, 3), bytes.subarray(3)));
    expect(texts(lines)).toEqual(["ü€"]);
  });

  it("reports a line over the limit by its length, and goes on with the next", async () => {
    const lines = await collect(
      chunksOf("short\n", "x".repeat(600), "x".repeat(600), "x\nnext\n", "y".repeat(2000)),
      1024,
    );
    expect(texts(lines)).toEqual(["short", "<1201 bytes>", "next", "<2000 bytes>"]);
    expect(lines[3]?.unterminated).toBe(true);
  });

  it("takes a line of exactly the limit, and refuses one byte more", async () => {
    expect(texts(await collect(chunksOf(`${"a".repeat(8)}\n${"b".repeat(9)}\n`), 8))).toEqual([
      "aaaaaaaa",
      "<9 bytes>",
    ]);
  });

  it("discards the rest of an overlong line rather than holding it: 1 GiB of one line passes in 1 MiB chunks", async () => {
    const mebibyte = Buffer.alloc(1024 * 1024, "x");
    // What the splitter holds, sampled after a full collection: the chunks already passed are
    // garbage, and how soon the collector frees them on its own depends on the machine's load.
    const held = () => {
      collectGarbage();
      return process.memoryUsage().arrayBuffers - before;
    };
    let most = 0;
    async function* gibibyteLine(): AsyncGenerator<Buffer> {
      // fresh copies, as a stream gives: holding on to them would show in arrayBuffers
      for (let i = 0; i < 1024; i++) {
        if (i % 128 === 127) most = Math.max(most, held());
        yield Buffer.from(mebibyte);
      }
      yield Buffer.from("\nafter\n");
    }
    collectGarbage();
    const before = process.memoryUsage().arrayBuffers;
    const lines = await collect(gibibyteLine(), 1024 * 1024);
    expect(texts(lines)).toEqual([`<${1024 ** 3} bytes>`, "after"]);
    // at most a chunk and the limit (2 MiB), give or take; holding the line would be 127 MiB or more
    expect(most).toBeLessThan(16 * 1024 * 1024);
    expect(held()).toBeLessThan(16 * 1024 * 1024);
  });
});

describe("readLines' block: the whole lines that began and ended in a chunk, as its bytes", () => {
  it("holds each line with its newline, numbered from the first", async () => {
    expect(await shapes("one\ntwo\n", "three\n")).toEqual([
      { lines: [], block: { text: "one\ntwo\n", first: 1, count: 2 } },
      { lines: [], block: { text: "three\n", first: 3, count: 1 } },
    ]);
  });

  it("keeps CRLF and blank lines in the block, for blockLines to drop the \\r and the reader to skip the blank", async () => {
    const batches = await batchesOf(chunksOf("a\r\n\r\n\nb\r\n"));
    expect(batches[0]?.block?.bytes.toString()).toBe("a\r\n\r\n\nb\r\n");
    expect(texts(await collect(chunksOf("a\r\n\r\n\nb\r\n")))).toEqual(["a", "", "", "b"]);
  });

  it("gives a line begun in the last chunk as a RawLine before the block", async () => {
    expect(await shapes("one\ntw", "o\nthree\nfour\n")).toEqual([
      { lines: [], block: { text: "one\n", first: 1, count: 1 } },
      { lines: [2], block: { text: "three\nfour\n", first: 3, count: 2 } },
    ]);
  });

  it("makes no batch of a chunk with no whole line, and no block of a chunk that only ends one", async () => {
    expect(await shapes("ab", "cd", "e\nf", "g\n")).toEqual([
      { lines: [1], block: undefined },
      { lines: [2], block: undefined },
    ]);
  });

  it("leaves the unterminated last line out of the block", async () => {
    expect(await shapes("a\nb")).toEqual([
      { lines: [], block: { text: "a\n", first: 1, count: 1 } },
      { lines: [2], block: undefined },
    ]);
  });

  it("makes no block of a chunk with a line over the limit: its lines go as RawLines, that one by its length", async () => {
    expect(await shapes("short\nxxxxxxxxx\nok\n", "next\n")).toEqual([
      { lines: [1, 2, 3], block: undefined },
      { lines: [], block: { text: "next\n", first: 4, count: 1 } },
    ]);
    expect(texts(await collect(chunksOf("short\nxxxxxxxxx\nok\n"), 8))).toEqual(["short", "<9 bytes>", "ok"]);
  });

  it("counts the \\r of a line against the limit, as a RawLine's length does", async () => {
    expect(await shapes("aaaaaaaa\r\n")).toEqual([{ lines: [1], block: undefined }]);
    expect(await shapes("aaaaaaa\r\n")).toEqual([{ lines: [], block: { text: "aaaaaaa\r\n", first: 1, count: 1 } }]);
  });
});
