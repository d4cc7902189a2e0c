import { describe, expect, it } from "vitest";
import { type RawLine, readLines } from "../src/batch/read-lines.js";

async function* chunksOf(...parts: (string | Buffer)[]): AsyncGenerator<Buffer> {
  for (const part of parts) yield Buffer.from(part);
}
const collect = async (source: AsyncIterable<Buffer>, maxBytes = 1024): Promise<RawLine[]> => {
  const lines: RawLine[] = [];
  for await (const batch of readLines(source, maxBytes)) lines.push(...batch);
  return lines;
};
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
    async function* gibibyteLine(): AsyncGenerator<Buffer> {
      // fresh copies, as a stream gives: holding on to them would show in arrayBuffers
      for (let i = 0; i < 1024; i++) yield Buffer.from(mebibyte);
      yield Buffer.from("\nafter\n");
    }
    const before = process.memoryUsage().arrayBuffers;
    const lines = await collect(gibibyteLine(), 1024 * 1024);
    expect(texts(lines)).toEqual([`<${1024 ** 3} bytes>`, "after"]);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
  });
});
