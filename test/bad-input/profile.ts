import { expect } from "vitest";
import type { BadInputRow } from "../helpers/bad-input.js";
import type { CliResult } from "../helpers/run-cli.js";

// Rows of the bad-input matrix (test/bad-input.test.ts): profile flags and profile files.
// Issue #13's "inconsistent leniency": a value is read by one rule whether it comes as a flag, in
// a YAML or JSON file, or on stdin, and the profile shown is always the canonical one.

/** The `profile` of a `match --json` run. */
const profileOf = (result: CliResult) => (JSON.parse(result.stdout) as { profile: Record<string, never> }).profile;
const showsProfile =
  (expected: Record<string, unknown>) =>
  (result: CliResult): void => {
    expect(profileOf(result)).toMatchObject(expected);
  };
const json = ["--json", "--top", "1"];
const LONG = "x".repeat(100_000);
const shortErrors = (result: CliResult) => expect(result.stderr.length).toBeLessThan(1000);

/** A number flag given in a form Number() reads but a person does not mean. */
const numberRows = (
  [
    ["--years", "0x10", "match"],
    ["--bpo-years", "0b11", "match"],
    ["--customer-years", "1e1", "match"],
    ["--leadership-years", "0o1", "match"],
    ["--wpm", "0x28", "match"],
    ["--top", "1e1", "match"],
    ["--years", "Infinity", "match"],
    ["--years", "0x10", "role"],
  ] as const
).map(
  ([flag, value, command]): BadInputRow => ({
    name: `${command} ${flag} ${value}: plain decimal only`,
    args: command === "role" ? ["role", "bookkeeper", flag, value] : ["match", flag, value],
    code: 2,
    stdout: "",
    stderr: new RegExp(`option '${flag} <n>' argument '${value}' is invalid`),
  }),
);

export const rows: BadInputRow[] = [
  ...numberRows,
  {
    name: "search --limit 1e1: plain decimal only",
    args: ["search", "payroll", "--limit", "1e1"],
    code: 2,
    stdout: "",
    stderr: /option '--limit <n>' argument '1e1' is invalid/,
  },
  {
    name: "a decimal number of years is still read",
    args: ["match", "--years", "2.5", ...json],
    code: 0,
    check: showsProfile({ experience: { years: 2.5 } }),
  },
  {
    name: "a hexadecimal number in a YAML profile is refused as a flag's is",
    files: { "me.yaml": "experience:\n  years: 0x10\n" },
    args: ["match", "--profile", "me.yaml"],
    code: 2,
    stdout: "",
    stderr: /me\.yaml:2:10: experience\.years: .*expected number/,
  },

  // a country: read in any case, kept as its capital code; one that does not exist refused
  {
    name: "a profile file's country in lower case is read as its code",
    files: { "me.yaml": "country: ph\nlanguages: [{ code: en, level: B2 }]\n" },
    args: ["match", "--profile", "me.yaml", ...json],
    code: 0,
    check: showsProfile({ country: "PH" }),
  },
  {
    name: "a profile file's country that does not exist is named with its place",
    files: { "me.yaml": "country: XX\n" },
    args: ["match", "--profile", "me.yaml"],
    code: 2,
    stdout: "",
    stderr: /me\.yaml:1:10: country: unknown country "XX": use an ISO 3166-1 alpha-2 code/,
  },
  {
    name: "a CSV batch reads the country column",
    files: { "people.csv": "id,country,languages\na,in,en:B2\nb,Narnia,en:B2\n" },
    args: ["match", "--batch", "people.csv", "--top", "1"],
    code: 1,
    stdout:
      /"id":"a","line":2,"results":\[[\s\S]*\n\{"id":"b","line":3,"error":"country: expected an ISO 3166-1 alpha-2 country code/,
  },

  // a language given twice
  {
    name: "--lang given twice for one language, by code and by name",
    args: ["match", "--lang", "en:C1", "--lang", "English:B1"],
    code: 2,
    stdout: "",
    stderr: /English \("en"\) is given twice, as C1 and as B1/,
  },
  {
    name: "one language twice in a --lang comma list",
    args: ["match", "--lang", "en:C1,en:C1"],
    code: 2,
    stderr: /English \("en"\) is given twice, as C1 and as C1/,
  },
  {
    name: "Mandarin and Cantonese, which are both Chinese (zh) in ISO 639-1",
    args: ["match", "--lang", "Mandarin:C1,Cantonese:B1"],
    code: 2,
    stderr: /Chinese \("zh"\) is given twice, as C1 and as B1/,
  },
  {
    name: "a profile file listing a language twice names it and both levels",
    files: { "me.yaml": "languages:\n  - { code: en, level: C1 }\n  - { code: English, level: b1 }\n" },
    args: ["match", "--profile", "me.yaml"],
    code: 2,
    stdout: "",
    stderr: /me\.yaml:3:\d+: languages\[1\]\.code: English \("en"\) is given twice, as C1 and as B1/,
  },
  {
    name: "--lang overrides the file's level for that language (as intended)",
    files: { "me.yaml": "languages:\n  - { code: English, level: B1 }\n  - { code: de, level: B2 }\n" },
    args: ["match", "--profile", "me.yaml", "--lang", "en:C1", ...json],
    code: 0,
    check: showsProfile({
      languages: [
        { code: "de", level: "B2" },
        { code: "en", level: "C1" },
      ],
    }),
  },

  // JSON with a key given twice, which JSON.parse would read as the last
  {
    name: "a JSON profile with a key given twice is refused at its place",
    files: { "me.json": '{\n  "education": {"level": "none"},\n  "education": {"level": "master"}\n}\n' },
    args: ["match", "--profile", "me.json"],
    code: 2,
    stdout: "",
    stderr: /me\.json:3:3: the key "education" is given twice in one object/,
  },
  {
    name: "a JSON profile on stdin with a key given twice inside a section",
    args: ["match", "--profile", "-"],
    input: '{"education": {"level": "none", "level": "master"}}',
    code: 2,
    stdout: "",
    stderr: /<stdin>:1:33: education: the key "level" is given twice in one object/,
  },
  {
    name: "a JSON profile with colons in its strings is read",
    files: { "me.json": '{"id": "a:b", "name": "Rao: Asha", "languages": [{"code": "en", "level": "C1"}]}' },
    args: ["match", "--profile", "me.json", ...json],
    code: 0,
    check: showsProfile({ name: "Rao: Asha", languages: [{ code: "en", level: "C1" }] }),
  },
  {
    name: "a YAML profile with a key given twice is refused (as before)",
    files: { "me.yaml": "education:\n  level: none\neducation:\n  level: master\n" },
    args: ["match", "--profile", "me.yaml"],
    code: 2,
    stderr: /me\.yaml:3:1: Map keys must be unique/,
  },

  // levels and yes/no: one rule for flags and files, the canonical value shown
  {
    name: "--lang en:c1 and hi:Native are shown as C1 and native",
    args: ["match", "--lang", "en:c1", "--lang", "hi:Native", ...json],
    code: 0,
    check: showsProfile({
      languages: [
        { code: "en", level: "C1" },
        { code: "hi", level: "native" },
      ],
    }),
  },
  {
    name: "levels c1 and NATIVE in a YAML file, and nightShifts: yes",
    files: {
      "me.yaml":
        "languages:\n  - { code: en, level: c1 }\n  - { code: hi, level: NATIVE }\npreferences:\n  nightShifts: yes\n",
    },
    args: ["match", "--profile", "me.yaml", ...json],
    code: 0,
    check: showsProfile({
      languages: [
        { code: "en", level: "C1" },
        { code: "hi", level: "native" },
      ],
      preferences: { nightShifts: true },
    }),
  },
  {
    name: 'nightShifts "No" in a JSON file is false',
    files: { "me.json": '{"preferences": {"nightShifts": "No"}}' },
    args: ["match", "--profile", "me.json", ...json],
    code: 0,
    check: showsProfile({ preferences: { nightShifts: false } }),
  },
  {
    name: "nightShifts: maybe in a file names the words allowed",
    files: { "me.yaml": "preferences:\n  nightShifts: maybe\n" },
    args: ["match", "--profile", "me.yaml"],
    code: 2,
    stdout: "",
    stderr: /me\.yaml:2:16: preferences\.nightShifts: expected true or false \(or yes, no, y, n, 1, 0\)/,
  },
  {
    name: "a level that is no level, in a file, lists the levels",
    files: { "me.yaml": "languages:\n  - { code: en, level: C7 }\n" },
    args: ["match", "--profile", "me.yaml"],
    code: 2,
    stderr: /languages\[0\]\.level: expected one of "A1", "A2", "B1", "B2", "C1", "C2", "native"/,
  },

  // languages by the names people use
  {
    name: "--lang Tagalog, Bengali, Farsi and Flemish are read as their codes",
    args: ["match", "--lang", "Tagalog:B2,Bengali:C1,Farsi:A2,Flemish:B1", ...json],
    code: 0,
    check: showsProfile({
      languages: [
        { code: "tl", level: "B2" },
        { code: "bn", level: "C1" },
        { code: "fa", level: "A2" },
        { code: "nl", level: "B1" },
      ],
    }),
  },
  {
    name: "Oriya, Panjabi, Sinhalese, Castilian and Moldovan in a profile file",
    files: {
      "me.yaml": [
        "languages:",
        ...["Oriya", "Panjabi", "Sinhalese", "Castilian", "Moldovan"].map((n) => `  - { code: ${n}, level: B1 }`),
        "",
      ].join("\n"),
    },
    args: ["match", "--profile", "me.yaml", ...json],
    code: 0,
    check: (result) =>
      expect(profileOf(result)).toMatchObject({
        languages: ["or", "pa", "si", "es", "ro"].map((code) => ({ code, level: "B1" })),
      }),
  },
  {
    name: "Hebrew is he, not the withdrawn iw",
    args: ["match", "--lang", "Hebrew:B2", ...json],
    code: 0,
    check: showsProfile({ languages: [{ code: "he", level: "B2" }] }),
  },
  {
    name: "a 100,000-character --lang is not echoed whole",
    args: ["match", "--lang", `${LONG}:C1`],
    code: 2,
    stdout: "",
    stderr:
      /argument 'x{40}\.\.\.' \(100003 characters\) is invalid\. "x{40}\.\.\." \(100000 characters\) is not a language/,
    check: shortErrors,
  },
  {
    name: "a 100,000-character language in a profile file is not echoed whole",
    files: { "me.json": JSON.stringify({ languages: [{ code: LONG, level: "C1" }] }) },
    args: ["match", "--profile", "me.json"],
    code: 2,
    stderr: /languages\[0\]\.code: unknown language "x{40}\.\.\." \(100000 characters\)/,
    check: shortErrors,
  },
  {
    name: "a 100,000-character --education is not echoed whole",
    args: ["match", "--education", LONG],
    code: 2,
    stderr: /argument 'x{40}\.\.\.' \(100000 characters\) is invalid\. Allowed choices are none/,
    check: shortErrors,
  },

  // comma lists
  {
    name: "--interest finance,hr and a repeated --interest",
    args: ["match", "--interest", "finance,hr", "--interest", "data", ...json],
    code: 0,
    check: showsProfile({ preferences: { interests: ["finance", "hr", "data"] } }),
  },
  {
    name: "--interest with an unknown value is refused at the flag, naming it and the allowed ones",
    args: ["match", "--interest", "finance,hrr"],
    code: 2,
    stdout: "",
    stderr:
      /option '--interest <domain>' argument 'finance,hrr' is invalid\. "hrr" is not a field of work: use customer-service, technical-support, sales, finance, hr, data, quality, training, management/,
  },
  {
    name: "--interest with nothing in it",
    args: ["match", "--interest", ","],
    code: 2,
    stderr: /argument ',' is invalid\. give a field of work/,
  },
  {
    name: "--lang en:C1,de:B2 as a comma list",
    args: ["match", "--lang", "en:C1,de:B2", ...json],
    code: 0,
    check: showsProfile({
      languages: [
        { code: "en", level: "C1" },
        { code: "de", level: "B2" },
      ],
    }),
  },
];
