import { describe, expect, it } from "vitest";
import { OutputBytes, writeBytes } from "../src/batch/output-bytes.js";

describe("output gathered as bytes", () => {
  const lines = ["plain", "", "Norwegian Bokmål, 日本語", "an emoji 😀 and a lone \ud800 surrogate", '{"a":"\\u0000"}'];

  it("holds each line and its newline as UTF-8, as Buffer.from would encode them", () => {
    const out = new OutputBytes(1024);
    for (const line of lines) out.addLine(line);
    expect(out.take()).toEqual(Buffer.from(`${lines.join("\n")}\n`));
    expect(out.size).toBe(0);
  });

  it("grows for a line longer than its capacity, keeping what came before", () => {
    const out = new OutputBytes(8);
    const long = "é".repeat(100);
    out.addLine("first");
    out.addLine(long);
    out.addLine("last");
    expect(out.take().toString("utf8")).toBe(`first\n${long}\nlast\n`);
  });

  it("adds bytes already encoded and text to encode to the same line", () => {
    const out = new OutputBytes(4);
    out.addBytes(Buffer.from("{é"));
    out.addText('"日本"');
    out.addBytes(Buffer.from("}"));
    out.endLine();
    expect(out.take().toString("utf8")).toBe('{é"日本"}\n');
  });

  it("starts afresh after each take, leaving the bytes taken as they were", () => {
    const out = new OutputBytes(64);
    out.addLine("one");
    const taken = out.take();
    out.addLine("two");
    expect(taken.toString()).toBe("one\n");
    expect(out.take().toString()).toBe("two\n");
    expect(out.take().length).toBe(0);
  });

  it("writes text to a stream that is not a Node stream", () => {
    const written: unknown[] = [];
    writeBytes({ write: (text) => written.push(text) }, Buffer.from("é\n"));
    expect(written).toEqual(["é\n"]);
  });
});
