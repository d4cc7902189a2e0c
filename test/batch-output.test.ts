import { describe, expect, it } from "vitest";
import { OutputBytes, SpareBuffers, writeBytes } from "../src/batch/output-bytes.js";

const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString("utf8");

describe("output gathered as bytes", () => {
  // short ASCII (copied as it is), text that is not ASCII part-way, text past the short length
  const lines = [
    "plain",
    "",
    "Norwegian Bokmål, 日本語",
    "an emoji 😀 and a lone \ud800 surrogate",
    '{"a":"\\u0000"}',
    "x".repeat(128),
    `${"y".repeat(127)}é`,
    "z".repeat(300),
  ];

  it("holds each line and its newline as UTF-8, as Buffer.from would encode them", () => {
    const out = new OutputBytes(4096);
    for (const line of lines) out.addLine(line);
    expect(out.take()).toEqual([Buffer.from(`${lines.join("\n")}\n`)]);
    expect(out.size).toBe(0);
  });

  it("goes on in another buffer when one is full, so that none grows", () => {
    const out = new OutputBytes(16);
    const long = "é".repeat(100);
    out.addLine("first");
    out.addLine(long);
    out.addLine("last");
    expect(out.size).toBe(Buffer.byteLength(`first\n${long}\nlast\n`));
    const chunks = out.take();
    expect(text(chunks)).toBe(`first\n${long}\nlast\n`);
    // a piece larger than a buffer gets a buffer of its own size: 100 é are 200 bytes (300 at most)
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(300);
  });

  it("adds bytes already encoded and text to encode to the same line", () => {
    const out = new OutputBytes(4);
    out.addBytes(Buffer.from("{é"));
    out.addText('"日本"');
    out.addBytes(Buffer.from("}"));
    out.endLine();
    expect(text(out.take())).toBe('{é"日本"}\n');
  });

  it("starts afresh after each take, leaving the bytes taken as they were", () => {
    const out = new OutputBytes(64);
    out.addLine("one");
    const taken = out.take();
    out.addLine("two");
    expect(text(taken)).toBe("one\n");
    expect(text(out.take())).toBe("two\n");
    expect(out.take()).toEqual([]);
  });

  it("uses a written buffer again, and keeps none that is small, huge, or one too many", () => {
    const spares = new SpareBuffers(1);
    const first = spares.allocate(100 * 1024);
    spares.giveBack(first.buffer as ArrayBuffer);
    expect(spares.allocate(64 * 1024).buffer).toBe(first.buffer); // all of it, to fill
    spares.giveBack(Buffer.from("small").buffer as ArrayBuffer); // Node's pool, shared
    spares.giveBack(new ArrayBuffer(64 * 1024 * 1024));
    expect(spares.allocate(1).length).toBe(1); // none kept: a new one
    spares.giveBack(new ArrayBuffer(100 * 1024));
    spares.giveBack(new ArrayBuffer(200 * 1024));
    expect(spares.allocate(150 * 1024).buffer.byteLength).toBe(150 * 1024); // the second was not kept
  });

  it("writes text to a stream that is not a Node stream", () => {
    const written: unknown[] = [];
    writeBytes({ write: (text) => written.push(text) }, Buffer.from("é\n"));
    expect(written).toEqual(["é\n"]);
  });
});
