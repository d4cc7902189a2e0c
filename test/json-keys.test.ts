import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { duplicateKeyOf, findDuplicateKey } from "../src/core/json-keys.js";
import { parseDocumentText } from "../src/core/yaml-document.js";

// JSON.parse keeps the last of two equal keys; the program refuses them, as its YAML parser does.
const check = (text: string) => duplicateKeyOf(text, JSON.parse(text));

describe("a key given twice in JSON", () => {
  it.each<[string, string, { key: string; path: (string | number)[] }]>([
    ["at the top", '{"education": {}, "education": {"level": "none"}}', { key: "education", path: [] }],
    [
      "in a nested object",
      '{"education": {"level": "none", "level": "master"}}',
      { key: "level", path: ["education"] },
    ],
    [
      "in an object in an array",
      '{"languages": [{"code": "en", "level": "C1"}, {"code": "de", "code": "hi"}]}',
      { key: "code", path: ["languages", 1] },
    ],
    ["written with an escape", '{"a": 1, "\\u0061": 2}', { key: "a", path: [] }],
    ["among keys with colons and quotes", '{"a:\\"b": 1, "x": "y:z", "a:\\"b": 2}', { key: 'a:"b', path: [] }],
  ])("is found %s", (_, text, expected) => {
    expect(check(text)).toMatchObject(expected);
  });

  it("is placed at the second key", () => {
    const text = '{"a": 1,\n "a": 2}';
    expect(check(text)?.offset).toBe(text.lastIndexOf('"a"'));
  });

  it.each([
    ["keys alike in different objects", '{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}'],
    ["colons in strings", '{"id": "a:b", "name": "Rao: Asha", "x": ["::"]}'],
    ["colons just after a quote in strings", '{"a": ":)", "b": " : ", "c": "\\": x"}'],
    ["no object at all", '["a", "a", 1]'],
    ["an empty object", "{}"],
  ])("is not found among %s", (_, text) => {
    expect(check(text)).toBeUndefined();
  });

  // objects written from lists of entries, some keys repeated, some values holding ":" and escapes
  const key = fc.constantFrom("a", "b", "a:b", 'q"', "é", "\u0061", "k\\", 'say "x":');
  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: "small" },
      fc.constantFrom(1, "x:y", ":x", " :", 'q":', null, true, "\\", 'he said "no": twice', "\\\\"),
      fc.array(tie("value"), { maxLength: 3 }),
      tie("object"),
    ),
    object: fc.array(fc.tuple(key, tie("value")), { maxLength: 4 }).map((entries) => ({ entries })),
  })).value;
  type Written = unknown;
  const write = (v: Written): string => {
    if (Array.isArray(v)) return `[${v.map(write).join(", ")}]`;
    if (v && typeof v === "object" && "entries" in v) {
      const entries = (v as { entries: [string, Written][] }).entries;
      return `{${entries.map(([k, x]) => `${JSON.stringify(k)} : ${write(x)}`).join(",")}}`;
    }
    return JSON.stringify(v);
  };
  const repeats = (v: Written): boolean => {
    if (Array.isArray(v)) return v.some(repeats);
    if (v && typeof v === "object" && "entries" in v) {
      const entries = (v as { entries: [string, Written][] }).entries;
      return new Set(entries.map(([k]) => k)).size < entries.length || entries.some(([, x]) => repeats(x));
    }
    return false;
  };

  it("is found exactly when some object repeats a key, by the quick count or the scan", () => {
    fc.assert(
      fc.property(value, (v) => {
        const text = write(v);
        expect(check(text) !== undefined).toBe(repeats(v));
        expect(findDuplicateKey(text) !== undefined).toBe(repeats(v));
      }),
      { numRuns: 2000 },
    );
  });

  it("is refused in a JSON document (a KB or profile file) at its file:line:col, with the object's path", () => {
    const text = '{\n  "roles": [\n    {"id": "a", "title": "A",\n     "title": "B"}\n  ]\n}\n';
    expect(parseDocumentText(text, "kb.json")).toEqual({
      ok: false,
      issues: [
        {
          file: "kb.json",
          line: 4,
          col: 6,
          path: "roles[0]",
          message: 'the key "title" is given twice in one object: map keys must be unique',
        },
      ],
    });
  });
});
