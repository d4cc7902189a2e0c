// Generates N profiles for `match --batch`, the same ones for the same seed, as JSON Lines or CSV:
//   npx tsx scripts/gen-batch.ts 100000 --out big.jsonl
//   npx tsx scripts/gen-batch.ts 1000 --format csv --bad-rate 0.01 > people.csv
// --bad-rate puts that share of invalid lines among them (bad JSON, an unknown level, an unknown key).

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { CEFR_LEVELS, DOMAINS, EDUCATION_LEVELS, FIELDS_OF_STUDY } from "../src/core/vocabulary.js";
import { seededRandom } from "./seeded-random.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    seed: { type: "string", default: "1" },
    format: { type: "string", default: "jsonl" },
    out: { type: "string" },
    "bad-rate": { type: "string", default: "0" },
  },
});
const count = Number(positionals[0] ?? "1000");
const badRate = Number(values["bad-rate"]);
if (!Number.isInteger(count) || count < 0 || !(badRate >= 0 && badRate <= 1) || !/^(jsonl|csv)$/.test(values.format)) {
  console.error("usage: gen-batch.ts N [--seed S] [--format jsonl|csv] [--out FILE] [--bad-rate 0..1]");
  process.exit(2);
}

const random = seededRandom(Number(values.seed));
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const chance = (p: number) => random() < p;
const upTo = (max: number) => Math.floor(random() * (max + 1));

const OTHER_LANGUAGES = ["de", "fr", "es", "it", "nl", "ja", "hi", "ta", "pt", "ar"];

function profile(i: number) {
  const years = upTo(12);
  const languages = [{ code: "en", level: pick(CEFR_LEVELS.slice(1)) }];
  if (chance(0.4)) languages.push({ code: pick(OTHER_LANGUAGES), level: pick(CEFR_LEVELS) });
  return {
    id: `p${i}`,
    ...(chance(0.75) ? { country: pick(["IN", "PH", "PL"]) } : {}),
    languages,
    education: { level: pick(EDUCATION_LEVELS), ...(chance(0.7) ? { field: pick(FIELDS_OF_STUDY) } : {}) },
    experience: {
      years,
      bpoYears: upTo(years),
      customerFacingYears: upTo(years),
      leadershipYears: chance(0.2) ? upTo(years) : 0,
    },
    skills: chance(0.5) ? { typingWpm: 20 + upTo(70) } : {},
    preferences: {
      workMode: pick(["voice", "non-voice", "any"]),
      ...(chance(0.7) ? { nightShifts: chance(0.5) } : {}),
      interests: [...new Set([pick(DOMAINS), pick(DOMAINS)])].slice(0, upTo(2)),
    },
  };
}

type Profile = ReturnType<typeof profile>;
const BAD_JSON = ['{"id": "cut", "languages": [', "not json", '["an", "array"]'];

const jsonl = (p: Profile, bad: boolean) =>
  bad ? pick([...BAD_JSON, JSON.stringify({ ...p, education: { level: "phd" } })]) : JSON.stringify(p);

const CSV_HEADER =
  "id,languages,education,field,years,bpoYears,customerFacingYears,leadershipYears,typingWpm,workMode,nightShifts,interests";
const csv = (p: Profile, bad: boolean) =>
  [
    p.id,
    `"${p.languages.map((l) => `${l.code}:${bad ? "Z9" : l.level}`).join(";")}"`,
    p.education.level,
    p.education.field ?? "",
    p.experience.years,
    p.experience.bpoYears,
    p.experience.customerFacingYears,
    p.experience.leadershipYears,
    p.skills.typingWpm ?? "",
    p.preferences.workMode,
    p.preferences.nightShifts === undefined ? "" : p.preferences.nightShifts ? "yes" : "no",
    `"${p.preferences.interests.join(";")}"`,
  ].join(",");

const out = values.out ? createWriteStream(values.out) : process.stdout;
const lineOf = values.format === "csv" ? csv : jsonl;
let text = values.format === "csv" ? `${CSV_HEADER}\n` : "";
for (let i = 1; i <= count; i++) {
  text += `${lineOf(profile(i), chance(badRate))}\n`;
  if (text.length > 1 << 20 || i === count) {
    if (!out.write(text)) await once(out, "drain");
    text = "";
  }
}
if (text) out.write(text);
out.end();
