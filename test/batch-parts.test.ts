import { describe, expect, it } from "vitest";
import type { BatchItems } from "../src/batch/batch-item.js";
import { readHeader, rowToProfile } from "../src/batch/csv-columns.js";
import { jsonlItem, jsonlItems } from "../src/batch/jsonl-input.js";
import { progressMeter, summaryText } from "../src/batch/progress.js";
import { blockLines, type LineBatch } from "../src/batch/read-lines.js";
import { checkProfile } from "../src/profile/check-profile.js";

describe("a JSON line", () => {
  it.each([
    ["a profile", '{"id": "a", "languages": []}', { line: 3, id: "a", profile: { id: "a", languages: [] } }],
    ["a number id", '{"id": 7}', { line: 3, id: 7, profile: { id: 7 } }],
    ["an id of the wrong type", '{"id": {"x": 1}}', { line: 3, id: null, profile: { id: { x: 1 } } }],
    ["spaces only", " \t ", undefined],
    ["nothing", "", undefined],
    [
      "an array",
      "[]",
      { line: 3, id: null, error: 'a profile is a JSON object, such as {"languages": [...]}, not an array' },
    ],
  ])("holding %s", (_name, text, expected) => {
    expect(jsonlItem({ n: 3, bytes: Buffer.from(text) })).toEqual(expected);
  });

  it("may open the input with a byte-order mark", () => {
    expect(jsonlItem({ n: 1, bytes: Buffer.from('\ufeff{"id": 1}') })).toMatchObject({ id: 1 });
  });

  it("over the limit says how long it was", () => {
    expect(jsonlItem({ n: 2, overLimit: 3 * 1024 * 1024 + 5 })).toEqual({
      line: 2,
      id: null,
      error: "the line is 3 MiB, over the 1 MiB a line may be; it was skipped",
    });
  });
});

describe("a block of JSON lines, decoded at once", () => {
  const itemsOf = (items: BatchItems) => Array.from({ length: items.size }, (_, i) => items.at(i));
  /** A batch of one carried line (number 1) and a block of the rest, from line 2. */
  const batchOf = (carried: string, rest: Buffer | string): LineBatch => {
    const bytes = Buffer.from(rest);
    const count = bytes.toString("latin1").split("\n").length - 1;
    return { lines: [{ n: 1, bytes: Buffer.from(carried) }], block: { bytes, first: 2, count } };
  };
  /** What the same lines give when each is judged alone. */
  const oneByOne = ({ lines, block }: LineBatch) =>
    [...lines, ...(block ? blockLines(block) : [])].map((l) => jsonlItem(l));

  it("judges each line as jsonlItem does: CRLF, blank lines, JSON that is not a profile, JSON that is not JSON", () => {
    const batch = batchOf(
      '{"id": "c"}',
      '{"id": "a"}\r\n \t\r\n\n[1]\r\nnull\n{"id":\r\nnope\r\n\ufeff{"id": 2}\n{"id": "é€𝄞"}\n',
    );
    const items = itemsOf(jsonlItems(batch));
    expect(items).toEqual(oneByOne(batch));
    expect(items.map((item) => item && ("error" in item ? item.error : item.id))).toEqual([
      "c",
      "a",
      undefined,
      undefined,
      'a profile is a JSON object, such as {"languages": [...]}, not an array',
      'a profile is a JSON object, such as {"languages": [...]}, not null',
      expect.stringMatching(/^not valid JSON: /),
      `not valid JSON: Unexpected token 'o', "nope" is not valid JSON`,
      expect.stringMatching(/^not valid JSON: /),
      "é€𝄞",
    ]);
  });

  it("takes a byte-order mark on line 1 only", () => {
    const block = { bytes: Buffer.from('\ufeff{"id": 1}\n\ufeff{"id": 2}\n'), first: 1, count: 2 };
    const items = itemsOf(jsonlItems({ lines: [], block }));
    expect(items[0]).toMatchObject({ line: 1, id: 1 });
    expect(items[1]).toMatchObject({ line: 2, error: expect.stringMatching(/^not valid JSON: /) });
  });

  it("says exactly which lines are not UTF-8 when some are not", () => {
    const rest = Buffer.concat([
      Buffer.from('{"id": "a"}\n{"id": "'),
      Buffer.from([0xff]),
      Buffer.from('"}\r\n{"id": "b"}\n'),
    ]);
    const batch = batchOf('{"id": "c"}', rest);
    const items = itemsOf(jsonlItems(batch));
    expect(items).toEqual(oneByOne(batch));
    expect(items.map((item) => item && ("error" in item ? item.error : item.id))).toEqual([
      "c",
      "a",
      "the line is not valid UTF-8 text",
      "b",
    ]);
  });
});

describe("the CSV header", () => {
  it("names columns in any case and with any separator", () => {
    expect(readHeader(["ID", "bpo_years", "Customer Facing Years", "typing-wpm"])).toEqual({
      columns: ["id", "bpoYears", "customerFacingYears", "typingWpm"],
    });
  });

  it.each([
    [["id", "langs"], /column 2 of the header, "langs", is not a column/],
    [["id", "ID"], /names the column "id" twice/],
  ])("refuses %j", (cells, message) => {
    expect(readHeader(cells)).toEqual({ error: expect.stringMatching(message) });
  });
});

describe("a CSV row as a profile", () => {
  it.each([
    [
      "languages",
      "en:C1; de:B2",
      {
        languages: [
          { code: "en", level: "C1" },
          { code: "de", level: "B2" },
        ],
      },
    ],
    ["languages", "German", { languages: [{ code: "German" }] }],
    ["education", "bachelor", { education: { level: "bachelor" } }],
    ["years", "2.5", { experience: { years: 2.5 } }],
    ["years", "two", { experience: { years: "two" } }],
    ["typingWpm", "40", { skills: { typingWpm: 40 } }],
    ["years", "0x10", { experience: { years: "0x10" } }],
    ["years", "1e1", { experience: { years: "1e1" } }],
    ["nightShifts", "maybe", { preferences: { nightShifts: "maybe" } }],
    ["interests", "finance;hr", { preferences: { interests: ["finance", "hr"] } }],
    ["id", " 42 ", { id: "42" }],
    ["workMode", "", {}],
  ] as const)("reads %s %j", (column, cell, expected) => {
    expect(rowToProfile([column], [cell])).toEqual(expected);
  });

  it.each([
    ["Yes", true],
    ["n", false],
    ["0", false],
    ["TRUE", true],
  ])("reads nightShifts %j as a profile file's %j is read", (cell, expected) => {
    expect(checkProfile(rowToProfile(["nightShifts"], [cell]))?.preferences.nightShifts).toBe(expected);
    expect(checkProfile({ preferences: { nightShifts: cell } })?.preferences.nightShifts).toBe(expected);
  });

  it("reads a level in any case, as a profile file does", () => {
    expect(checkProfile(rowToProfile(["languages"], ["en:c1;Tagalog:Native"]))?.languages).toEqual([
      { code: "en", level: "C1" },
      { code: "tl", level: "native" },
    ]);
  });

  it("puts education and field of study together, and leaves missing cells out", () => {
    expect(rowToProfile(["education", "field", "workMode"], ["master", "hr"])).toEqual({
      education: { level: "master", field: "hr" },
    });
  });
});

describe("the progress line and summary", () => {
  const counts = { matched: 990, rejected: 8, blank: 2 };

  it("sums up lines read, matched, rejected and blank, with the rate", () => {
    expect(summaryText(counts, "line", 2000)).toBe(
      "batch: 1,000 lines read: 990 matched, 8 rejected, 2 blank; 2.0 s, 499 profiles/s",
    );
    expect(summaryText({ matched: 1, rejected: 0, blank: 0 }, "row", 0)).toBe(
      "batch: 1 row read: 1 matched, 0 rejected; 0.0 s, 0 profiles/s",
    );
    expect(summaryText({ matched: 1_234_567, rejected: 100, blank: 0 }, "line", 10_000)).toBe(
      "batch: 1,234,667 lines read: 1,234,567 matched, 100 rejected; 10.0 s, 123,467 profiles/s",
    );
  });

  it("says where a shard's lines are numbered from, with a line offset", () => {
    expect(summaryText(counts, "line", 2000, 20_000)).toBe(
      "batch: 1,000 lines read, numbered from 20,001: 990 matched, 8 rejected, 2 blank; 2.0 s, 499 profiles/s",
    );
    expect(summaryText(counts, "line", 2000, 0)).toBe(summaryText(counts, "line", 2000));
  });

  const fakeStderr = (isTTY: boolean) => {
    const writes: string[] = [];
    return { writes, stream: { isTTY, write: (text: string) => writes.push(text) } };
  };

  it("redraws a terminal's progress line at most four times a second, and clears it at the end", () => {
    const { writes, stream } = fakeStderr(true);
    let now = 0;
    const meter = progressMeter(stream, "line", () => now);
    for (now = 100; now <= 1000; now += 100) meter.update(counts);
    expect(writes).toEqual([
      "\r\x1b[Kmatching: 998 lines (3,327/s), 8 rejected",
      "\r\x1b[Kmatching: 998 lines (1,663/s), 8 rejected",
      "\r\x1b[Kmatching: 998 lines (1,109/s), 8 rejected",
    ]);
    meter.finish(counts);
    expect(writes.slice(3)).toEqual(["\r\x1b[K", expect.stringMatching(/^batch: 1,000 lines read: .*\n$/)]);
  });

  it("draws no progress line when stderr is not a terminal, only the summary", () => {
    const { writes, stream } = fakeStderr(false);
    let now = 0;
    const meter = progressMeter(stream, "line", () => now);
    for (now = 0; now <= 5000; now += 100) meter.update(counts);
    meter.finish(counts);
    expect(writes).toEqual([expect.stringMatching(/^batch: .*\n$/)]);
  });
});
