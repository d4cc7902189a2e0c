import { careerLadder } from "../core/career-ladder.js";
import { countryName, inCountry } from "../core/countries.js";
import type { KnowledgeBase, Role } from "../core/kb-schema.js";
import type { Band, Gap, RoleMatch } from "../core/match-types.js";
import { payFor } from "../core/pay.js";
import type { Profile } from "../core/profile-schema.js";
import { scoreRole } from "../core/score.js";
import { label, languageName } from "./labels.js";
import { payFigureText } from "./pay-text.js";
import { sourceParts } from "./role-text.js";

// What a counsellor hands over (issue #17, `bpo-advisor report`): one page per person, in a fixed
// order: who the person is; the top matches with their fit band, why, what is missing and the next
// steps; pay in their country with its year and source; the career path from the best match; the
// sources cited, numbered; the date and the KB at the foot. This is the page as data: the
// Markdown, HTML and PDF renderers (src/render/report-*.ts) only lay it out.

export interface Report {
  title: string;
  person: { label: string; value: string }[];
  matches: ReportMatch[];
  /** How many roles were ranked, and how many were left out as they conflict with what the person said. */
  ranked: { total: number; conflictsLeftOut: number };
  /** Where the best match leads, each step with what this person still needs for it; undefined with no match. */
  path: ReportPath | undefined;
  /** Each source the page cites, numbered in the order it is first cited. */
  sources: { n: number; text: string; url?: string }[];
  /** "Made on 2026-12-02 by bpo-advisor 0.1.0, with ..." */
  foot: string;
}

export interface ReportMatch {
  rank: number;
  id: string;
  title: string;
  band: Band;
  /** The band in words, as `match` prints it. */
  fit: string;
  score: number;
  why: string[];
  /** What is missing, each with its next step where a source gives one (citations: numbers of `sources`). */
  missing: { text: string; next?: { text: string; cite: number[] } }[];
  /** What the sources do not give, to check in the advert. */
  notKnown: string[];
  /** Pay in the person's country: each figure in words with its year, and its sources' numbers. */
  pay: { text: string; cite: number[] }[];
  /** Why there is no pay line: no country given, or no figure for it. */
  payNote?: string;
}

export interface ReportPath {
  from: { id: string; title: string };
  before: { id: string; title: string }[];
  /** The steps after it, nearest first, each scored for this person. */
  after: { id: string; title: string; fit: string; missing: string[] }[];
}

export interface ReportInput {
  kb: KnowledgeBase;
  profile: Profile;
  matches: readonly RoleMatch[];
  total: number;
  conflictsLeftOut: number;
  /** The day the report is made for ("2026-12-02"). */
  date: string;
  /** The year pay figures are dated against. */
  year: number;
  /** "bpo-advisor 0.1.0, shipped KB (37 roles, 222 sources)". */
  made: string;
}

/** Each band in words: its name, and what it means for the person. */
export const FIT_WORDS: Record<Band, string> = {
  strong: "Strong fit: you qualify",
  good: "Good fit: you qualify",
  possible: "Possible: some of what it asks is not known; check the advert",
  stretch: "Stretch: small gaps to close",
  "not-yet": "Not yet: gaps to close first",
  conflict: "Against what you said you will not do",
};

/** "Possible (82/100): some of what it asks is not known; check the advert" */
export const fitLine = (m: Pick<ReportMatch, "fit" | "score">): string => {
  const [name, meaning] = m.fit.split(/: (.*)/s);
  return meaning ? `${name} (${m.score}/100): ${meaning}` : `${m.fit} (${m.score}/100)`;
};

/** How many rungs past the best match the path shows. */
const PATH_STEPS = 3;

export function buildReport(input: ReportInput): Report {
  const { kb, profile, matches } = input;
  const numbers = new Map<string, number>();
  const cite = (ids: readonly string[]) =>
    ids.map((id) => {
      let n = numbers.get(id);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(id, n);
      }
      return n;
    });
  const reportMatches = matches.map((m, i) => matchOf(kb, profile, m, i + 1, input.year, cite));
  const best = matches[0]?.role;
  return {
    title: `Career report${profile.name ? `: ${profile.name}` : ""}`,
    person: personOf(kb, profile),
    matches: reportMatches,
    ranked: { total: input.total, conflictsLeftOut: input.conflictsLeftOut },
    path: best ? pathOf(kb, profile, best) : undefined,
    sources: [...numbers].map(([id, n]) => ({ n, ...sourceParts(kb, id) })),
    foot: `Made on ${input.date} by ${input.made}. Matches are scored from the sources cited; where no source gives a requirement it is "not known", never counted as met.`,
  };
}

function personOf(kb: KnowledgeBase, p: Profile): Report["person"] {
  const e = p.experience;
  const years = (n: number) => `${n} year${n === 1 ? "" : "s"}`;
  const experience = [
    years(e.years),
    e.bpoYears > 0 ? `${years(e.bpoYears)} in BPO` : undefined,
    e.customerFacingYears > 0 ? `${years(e.customerFacingYears)} customer-facing` : undefined,
    e.leadershipYears > 0 ? `${years(e.leadershipYears)} leading a team` : undefined,
  ].filter(Boolean);
  const prefs = p.preferences;
  const rows: Report["person"] = [
    ...(p.name ? [{ label: "Name", value: p.name }] : []),
    ...(p.id !== undefined ? [{ label: "Id", value: String(p.id) }] : []),
    { label: "Country", value: p.country ? `${countryName(p.country)} (${p.country})` : "not given" },
    {
      label: "Languages",
      value: p.languages.length
        ? p.languages.map((l) => `${languageName(l.code)} ${l.level === "native" ? "(native)" : l.level}`).join(", ")
        : "none given",
    },
    {
      label: "Education",
      value: `${label(kb, "educationLevels", p.education.level)}${p.education.field ? `, ${label(kb, "fieldsOfStudy", p.education.field)}` : ""}`,
    },
    { label: "Experience", value: experience.join(", ") },
    ...(p.skills.typingWpm !== undefined ? [{ label: "Typing", value: `${p.skills.typingWpm} words a minute` }] : []),
    {
      label: "Preferences",
      value: [
        prefs.workMode === "any" ? "voice or non-voice work" : `${prefs.workMode} work`,
        prefs.nightShifts === undefined
          ? "night shifts: not said"
          : prefs.nightShifts
            ? "night shifts: yes"
            : "no night shifts",
        prefs.interests.length
          ? `interested in ${prefs.interests.map((d) => label(kb, "domains", d)).join(", ")}`
          : undefined,
      ]
        .filter(Boolean)
        .join("; "),
    },
  ];
  return rows;
}

const UNKNOWN_WORDS: Partial<Record<string, string>> = {
  education: "the education it asks",
  language: "the languages it asks",
  experience: "the experience it asks",
  typing: "the typing speed it asks",
};

function matchOf(
  kb: KnowledgeBase,
  profile: Profile,
  m: RoleMatch,
  rank: number,
  year: number,
  cite: (ids: readonly string[]) => number[],
): ReportMatch {
  const gapLine = (g: Gap) =>
    g.next ? { text: g.text, next: { text: g.next.text, cite: cite(g.next.sources) } } : { text: g.text };
  const conflicts = m.breakdown.filter((f) => f.verdict === "conflict").map((f) => ({ text: f.reason }));
  const notKnown = m.breakdown
    .filter((f) => f.verdict === "not-known" && UNKNOWN_WORDS[f.factor])
    .map((f) => `${UNKNOWN_WORDS[f.factor]}: no source gives it; check the advert`);
  const country = profile.country;
  const figures = country ? payFor(m.role, country) : [];
  return {
    rank,
    id: m.role.id,
    title: m.role.title,
    band: m.band,
    fit: FIT_WORDS[m.band],
    score: m.score,
    why: [...m.reasons],
    missing: [...conflicts, ...m.gaps.map(gapLine)],
    notKnown,
    pay: figures.map((f) => ({ text: payFigureText(kb, f, year, false, { withNote: false }), cite: cite(f.sources) })),
    ...(country === undefined
      ? { payNote: "pay is shown for a country: give one (--country IN, PH or PL)" }
      : figures.length === 0
        ? { payNote: `no source gives pay for this role ${inCountry(country)}` }
        : {}),
  };
}

function pathOf(kb: KnowledgeBase, profile: Profile, from: Role): ReportPath {
  // the ladder as `path` lays it out (src/core/career-ladder.ts): the roles just before the best
  // match, and the rungs after it, nearest first, each role scored for this person
  const ladder = careerLadder(kb, from);
  const named = (r: Role) => ({ id: r.id, title: r.title });
  const after = ladder
    .filter((rung) => rung.offset > 0 && rung.offset <= PATH_STEPS)
    .flatMap((rung) => rung.roles)
    .map((next) => {
      const fit = scoreRole(kb, next, profile);
      const notKnown = fit.breakdown
        .filter((f) => f.verdict === "not-known" && UNKNOWN_WORDS[f.factor])
        .map((f) => `${UNKNOWN_WORDS[f.factor]}: not known`);
      return { ...named(next), fit: FIT_WORDS[fit.band], missing: [...fit.gaps.map((g) => g.text), ...notKnown] };
    });
  return { from: named(from), before: ladder.find((rung) => rung.offset === -1)?.roles.map(named) ?? [], after };
}
