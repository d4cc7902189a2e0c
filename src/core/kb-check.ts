import type { InputIssue } from "../errors.js";
import { formatPath } from "./issue-path.js";
import type {
  EscoLabels,
  InterviewTip,
  Jargon,
  KnowledgeBase,
  MinimumWage,
  Role,
  Scoring,
  Source,
  Vocabularies,
} from "./kb-schema.js";
import { normalizeName } from "./normalize.js";
import { minimumWageFor } from "./pay.js";
import { asksLessThan } from "./role-terms.js";
import { CEFR_LEVELS, DOMAINS, EDUCATION_LEVELS, FIELDS_OF_STUDY } from "./vocabulary.js";

/** A value with where it was written: file, position and path in that file. */
export interface Located<T> {
  value: T;
  file: string;
  path: (string | number)[];
  /** Line and column of a node below this one (or of this one, for []). */
  locate: (suffix: (string | number)[]) => { line: number; col: number };
}

interface KbParts {
  roles: Located<Role>[];
  sources: Located<Source>[];
  tips: Located<InterviewTip>[];
  wages?: Located<MinimumWage>[];
  escoLabels?: Located<EscoLabels>[];
  jargon?: Located<Jargon>[];
  vocabularies: Located<Vocabularies>;
  scoring: Located<Scoring>;
}

// The rules that span entries and files: ids unique, names unambiguous, every reference resolves.
export function checkKnowledgeBase(parts: KbParts): InputIssue[] {
  const issues: InputIssue[] = [];
  const report = (at: Located<unknown>, suffix: (string | number)[], message: string) =>
    issues.push({ file: at.file, ...at.locate(suffix), path: formatPath([...at.path, ...suffix]), message });

  const sourceIds = firstSeen(
    parts.sources,
    (s) => s.id,
    (at, id, first) => report(at, ["id"], `duplicate source id "${id}" (first defined at ${where(first)})`),
  );
  const roleIds = firstSeen(
    parts.roles,
    (r) => r.id,
    (at, id, first) => report(at, ["id"], `duplicate role id "${id}" (first defined at ${where(first)})`),
  );

  const sourcesExist = (at: Located<unknown>, path: readonly (string | number)[], ids: readonly string[]) => {
    for (let i = 0; i < ids.length; i++) {
      const ref = ids[i] as string;
      if (!sourceIds.has(ref)) report(at, [...path, i], `no source has the id "${ref}"`);
    }
  };

  // each name, normalized as lookup compares names, belongs to the first role that uses it
  const names = new Map<string, Located<Role>>();
  const claim = (at: Located<Role>, name: string, alias?: number) => {
    const key = normalizeName(name);
    const owner = names.get(key);
    if (owner && owner.value.id !== at.value.id) {
      const path = alias === undefined ? ["title"] : ["aliases", alias];
      report(at, path, `the name "${name}" is already used by role "${owner.value.id}"`);
    } else names.set(key, at);
  };

  // Loops over indexes rather than callbacks, paths made only for a problem: a KB of 10,000 roles
  // has some 90,000 lists to look through, and what is allocated for each of them adds up.
  for (const at of parts.roles) {
    const role = at.value;
    claim(at, role.title);
    for (let i = 0; i < role.aliases.length; i++) claim(at, role.aliases[i] as string, i);
    for (const dir of CAREER_DIRECTIONS) {
      const targets = role.careerPath[dir];
      for (let i = 0; i < targets.length; i++) {
        const target = targets[i] as string;
        if (!roleIds.has(target)) report(at, ["careerPath", dir, i], `no role has the id "${target}"`);
      }
    }
    forEachSourceList(role, at, sourcesExist);
  }
  for (const at of parts.tips) sourcesExist(at, SOURCES, at.value.sources);
  const wages = parts.wages ?? [];
  for (const at of wages) sourcesExist(at, SOURCES, at.value.sources);
  // the thesaurus names roles that exist, and cites sources that exist (issue #16)
  for (const at of parts.escoLabels ?? []) {
    if (!roleIds.has(at.value.role)) report(at, ["role"], `no role has the id "${at.value.role}"`);
  }
  for (const at of parts.jargon ?? []) {
    at.value.roles.forEach((id, i) => {
      if (!roleIds.has(id)) report(at, ["roles", i], `no role has the id "${id}"`);
    });
    if (at.value.sources) sourcesExist(at, SOURCES, at.value.sources);
  }

  // every source says where it can be read, when it is from and what kind it is (issue #15)
  for (const at of parts.sources) {
    const source = at.value;
    if (source.url === undefined && source.file === undefined) {
      report(at, ["url"], `source "${source.id}" needs a url (or, for a seed document, a file)`);
    }
    if (source.date === undefined) {
      report(
        at,
        ["date"],
        `source "${source.id}" needs a date: the one it states (YYYY, YYYY-MM or YYYY-MM-DD), or "undated"`,
      );
    }
    if (source.kind === undefined) {
      report(
        at,
        ["kind"],
        `source "${source.id}" needs a kind: government, classification, employer, industry, news, education or blog`,
      );
    }
  }

  // no pay figure below the minimum wage the KB holds for its country, region, currency, period and year
  const minimumWages = wages.map((w) => w.value);
  for (const at of parts.roles) {
    const pay = at.value.pay;
    for (let i = 0; i < pay.length; i++) {
      const figure = pay[i] as Role["pay"][number];
      const floor = figure.min ?? figure.amount;
      if (floor === undefined || figure.basis === "net") continue;
      const minimum = minimumWageFor(minimumWages, figure);
      if (minimum && floor < minimum.amount) {
        report(
          at,
          ["pay", i, figure.min !== undefined ? "min" : "amount"],
          `${figure.currency} ${floor} per ${figure.period} is below the minimum wage in force in ${figure.year} (${minimum.currency} ${minimum.amount} per ${minimum.period} from ${minimum.from}${minimum.region ? `, ${minimum.region}` : ""}): correct the figure or its year, or leave it out`,
        );
      }
    }
  }
  forEachScoringSourceList(parts.scoring.value, (path, ids) => sourcesExist(parts.scoring, path, ids));

  // The ladder must not invert (issue #14): a role asks at least what each role before it asks,
  // unless it says why. Checked only once every reference resolves.
  if (issues.length === 0) {
    const kb = {
      roles: parts.roles.map((r) => r.value),
      scoring: parts.scoring.value,
      vocabularies: parts.vocabularies.value,
      sources: [],
      interviewTips: [],
      minimumWages: [],
    } as KnowledgeBase;
    const byId = new Map(kb.roles.map((r) => [r.id, r]));
    for (const at of parts.roles) {
      const role = at.value;
      if (role.careerPath.asksLess !== undefined) continue;
      role.careerPath.previous.forEach((id, i) => {
        const before = byId.get(id);
        const less = before && asksLessThan(kb, role, before);
        if (less) {
          report(
            at,
            ["careerPath", "previous", i],
            `the ladder inverts: this role asks less than the one before it (${less}); raise its requirement, or say why in careerPath.asksLess`,
          );
        }
      });
    }
  }

  const vocab = parts.vocabularies;
  const expected = {
    educationLevels: EDUCATION_LEVELS,
    fieldsOfStudy: FIELDS_OF_STUDY,
    domains: DOMAINS,
    cefrLevels: CEFR_LEVELS,
  } as const;
  for (const [key, ids] of Object.entries(expected) as [keyof typeof expected, readonly string[]][]) {
    const listed: string[] = vocab.value[key].map((e) => e.id);
    const missing = ids.filter((id) => !listed.includes(id));
    const repeated = listed.filter((id, i) => listed.indexOf(id) !== i);
    if (missing.length > 0) report(vocab, [key], `missing entries: ${missing.join(", ")}`);
    if (repeated.length > 0) report(vocab, [key], `entries listed twice: ${repeated.join(", ")}`);
  }
  return issues;
}

const where = (at: Located<unknown>) => `${at.file}:${at.locate([]).line}`;

function firstSeen<T>(
  items: Located<T>[],
  key: (value: T) => string,
  onDuplicate: (at: Located<T>, id: string, first: Located<T>) => void,
): Map<string, Located<T>> {
  const seen = new Map<string, Located<T>>();
  for (const at of items) {
    const id = key(at.value);
    const first = seen.get(id);
    if (first) onDuplicate(at, id, first);
    else seen.set(id, at);
  }
  return seen;
}

type Path = readonly (string | number)[];

const CAREER_DIRECTIONS = ["next", "previous"] as const;
const SOURCES: Path = ["sources"];
const EDUCATION_SOURCES: Path = ["requirements", "education", "sources"];
const EXPERIENCE_SOURCES: Path = ["requirements", "experience", "sources"];
const TYPING_SOURCES: Path = ["requirements", "typingWpm", "sources"];
const SHIFT_SOURCES: Path = ["shifts", "sources"];
const SOURCED_LISTS = ["pay", "kpis", "certifications", "jobPlatforms", "qualificationPacks"] as const;

/** Calls `visit` with every list of source ids in the scoring section and its path there. */
function forEachScoringSourceList(scoring: Scoring, visit: (path: Path, ids: string[]) => void): void {
  for (const [i, r] of scoring.personLevels.entries()) visit(["personLevels", i, "sources"], r.sources);
  for (const [i, r] of scoring.usualRequirements.entries()) visit(["usualRequirements", i, "sources"], r.sources);
  visit(["ladder", "sources"], scoring.ladder.sources);
  for (const [country, d] of Object.entries(scoring.extraLanguages.demand)) {
    visit(["extraLanguages", "demand", country, "sources"], d.sources);
  }
  for (const [i, s] of scoring.nextSteps.entries()) visit(["nextSteps", i, "sources"], s.sources);
}

/** Calls `visit` with every list of source ids in a role and its path inside the role. */
function forEachSourceList<T>(role: Role, at: T, visit: (at: T, path: Path, ids: string[]) => void): void {
  visit(at, SOURCES, role.sources);
  const req = role.requirements;
  if (req.education) visit(at, EDUCATION_SOURCES, req.education.sources);
  if (req.experience) visit(at, EXPERIENCE_SOURCES, req.experience.sources);
  if (req.typingWpm) visit(at, TYPING_SOURCES, req.typingWpm.sources);
  const languages = req.languages ?? [];
  for (let i = 0; i < languages.length; i++) {
    visit(at, ["requirements", "languages", i, "sources"], (languages[i] as { sources: string[] }).sources);
  }
  for (const key of SOURCED_LISTS) {
    const list = role[key];
    for (let i = 0; i < list.length; i++) visit(at, [key, i, "sources"], (list[i] as { sources: string[] }).sources);
  }
  if (role.shifts) visit(at, SHIFT_SOURCES, role.shifts.sources);
  if (role.classification) visit(at, ["classification", "sources"], role.classification.sources);
  for (const [country, local] of Object.entries(role.countries ?? {})) {
    const base = ["countries", country];
    if (local.shifts) visit(at, [...base, "shifts", "sources"], local.shifts.sources);
    const r = local.requirements;
    if (r?.education) visit(at, [...base, "requirements", "education", "sources"], r.education.sources);
    if (r?.experience) visit(at, [...base, "requirements", "experience", "sources"], r.experience.sources);
    if (r?.typingWpm) visit(at, [...base, "requirements", "typingWpm", "sources"], r.typingWpm.sources);
    for (const [i, l] of (r?.languages ?? []).entries()) {
      visit(at, [...base, "requirements", "languages", i, "sources"], l.sources);
    }
    for (const [i, o] of (r?.languageOptions ?? []).entries()) {
      for (const [j, l] of o.languages.entries()) {
        visit(at, [...base, "requirements", "languageOptions", i, "languages", j, "sources"], l.sources);
      }
    }
  }
  for (const [i, o] of (req.languageOptions ?? []).entries()) {
    for (const [j, l] of o.languages.entries()) {
      visit(at, ["requirements", "languageOptions", i, "languages", j, "sources"], l.sources);
    }
  }
}
