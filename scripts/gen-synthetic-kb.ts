// Writes a synthetic KB of N roles (default 10,000), valid under the KB schema, for measuring
// scale (issue #4): `match` within 1 s and `role <typo>` within 0.5 s on a 2-core machine.
// The vocabularies, scoring and sources are the shipped ones; each role varies a shipped role's
// title, domain and requirements, deterministically (a seeded generator), so runs compare.
//   npx tsx scripts/gen-synthetic-kb.ts [N] [OUT]     (OUT defaults to .bench/kb-N.json)
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Role } from "../src/core/kb-schema.js";
import { CEFR_LEVELS, DOMAINS, EDUCATION_LEVELS, FIELDS_OF_STUDY } from "../src/core/vocabulary.js";
import { validateKbAt } from "../src/kb/load-kb.js";

const count = Number(process.argv[2] ?? 10_000);
const out = process.argv[3] ?? `.bench/kb-${count}.json`;

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const WORDS = [
  "Senior",
  "Junior",
  "Lead",
  "Regional",
  "Global",
  "Nordic",
  "German-speaking",
  "Night",
  "Remote",
  "Hybrid",
];
const LANGS = ["en", "de", "fr", "es", "nl", "pl", "no", "sv", "it", "ja"];

const shipped = await validateKbAt("data/kb", process.cwd());
const roles: Role[] = [];
for (let i = 0; i < count; i++) {
  const base = pick(shipped.roles);
  const qualifier = `${pick(WORDS)} ${pick(WORDS)}`;
  // a role the size of a typical real one (~0.6 KB of JSON), not a copy of a shipped role's prose
  roles.push({
    id: `${base.id}-${i}`,
    title: `${qualifier} ${base.title} ${i}`,
    aliases: base.aliases.slice(0, 2).map((a) => `${qualifier} ${a} ${i}`),
    summary: `${qualifier} variant ${i} of ${base.title}, generated to measure scale.`,
    domain: pick(DOMAINS),
    level: base.level,
    office: base.office,
    process: base.process,
    responsibilities: base.responsibilities.slice(0, 2),
    skills: base.skills.slice(0, 2),
    requirements: {
      education: { minimum: pick(EDUCATION_LEVELS), preferredFields: [pick(FIELDS_OF_STUDY)], sources: ["seed-004"] },
      languages: [{ code: pick(LANGS), level: pick(CEFR_LEVELS.slice(0, 6)), sources: ["miele-careers"] }],
      experience: { bpoYears: Math.floor(random() * 4), sources: ["bpodiary-career-path"] },
    },
    qualificationPacks: [],
    pay: [],
    kpis: [],
    certifications: [],
    careerPath: { next: [], previous: [] },
    jobPlatforms: [],
    sources: ["seed-004", "miele-careers", "bpodiary-career-path"],
  });
}
const kb = {
  sources: shipped.sources,
  vocabularies: shipped.vocabularies,
  scoring: shipped.scoring,
  interviewTips: shipped.interviewTips,
  minimumWages: shipped.minimumWages,
  roles,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(kb));
console.log(`${out}: ${count} roles`);
