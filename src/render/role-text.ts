import type { ChalkInstance } from "chalk";
import { inCountry } from "../core/countries.js";
import type { KnowledgeBase, LanguageNeed, Role, Source } from "../core/kb-schema.js";
import { payFor } from "../core/pay.js";
import { type Origin, termsOf } from "../core/role-terms.js";
import { citationsOf, sourceOf } from "../core/sources.js";
import { type Glyphs, UNICODE } from "./glyphs.js";
import { label, languageName, modeLabel, NOT_KNOWN, officeLabel } from "./labels.js";
import { bullets, wrap } from "./layout.js";
import { payFigureText } from "./pay-text.js";
import { sanitize, sanitizeDeep } from "./sanitize.js";

export interface TextStyle {
  chalk: ChalkInstance;
  /** The width to wrap to; undefined: no wrapping. */
  width: number | undefined;
  /** Bullets and dashes, or their ASCII stand-ins (src/render/glyphs.ts). */
  glyphs?: Glyphs;
}

export interface RoleTextOptions extends TextStyle {
  /** The person's country: its pay is shown (all countries' otherwise). */
  country?: string | undefined;
  /** The current year, by which a pay figure is dated. */
  year: number;
}

/** A role's full details, in sections, wrapped to the terminal. Unsourced facts say "not known". */
export function renderRole(
  kb: KnowledgeBase,
  unsafeRole: Role,
  { chalk, width, glyphs = UNICODE, country, year }: RoleTextOptions,
): string {
  const role = sanitizeDeep(unsafeRole);
  const cited = citationsOf(role);
  const cite = (ids: readonly string[]) => `[${ids.map((id) => cited.get(id)).join(", ")}]`;
  const heading = (text: string) => chalk.bold.underline(text);
  const field = (name: string, value: string) => wrap(`${chalk.bold(`${name}:`)} ${value}`, width, 4, 2);
  const section = (title: string, body: string | undefined) => (body ? `${heading(title)}\n${body}` : undefined);
  const list = (items: readonly string[]) => (items.length ? bullets(items, width, glyphs.bullet) : `  ${NOT_KNOWN}`);
  const req = role.requirements;
  const titleOf = (id: string) => sanitize(kb.roles.find((r) => r.id === id)?.title ?? id);
  // what the scorer reads where the role states nothing itself: the usual requirement for such
  // roles, or the least the roles before it ask (src/core/role-terms.ts)
  const terms = termsOf(kb, unsafeRole, undefined);
  const readAs = (origin: Origin | undefined, text: string) =>
    origin?.kind === "usual"
      ? `${text}, usual for such roles (${origin.note})`
      : origin?.kind === "ladder"
        ? `${text}, the least that ${origin.from.map(titleOf).join(" or ")} ${origin.from.length === 1 ? "asks" : "ask"} (the step before)`
        : undefined;
  const setText = (set: readonly LanguageNeed[]) => set.map((l) => `${languageName(l.code)} ${l.level}`).join(" and ");
  const countries = Object.entries(role.countries ?? {});
  const inEach = (text: (local: NonNullable<Role["countries"]>[string]) => string | undefined) =>
    countries.flatMap(([code, local]) => {
      const t = text(local);
      return t ? [`${inCountry(code).replace(/^in/, "In")}: ${t}`] : [];
    });

  const blocks = [
    `${chalk.bold.cyan(role.title)} ${chalk.dim(`(${role.id})`)}`,
    role.aliases.length ? wrap(`${chalk.dim("Also known as:")} ${role.aliases.join("; ")}`, width, 2, 0) : undefined,
    wrap(role.summary, width, 0),
    section(
      "The work",
      [
        field("Domain", label(kb, "domains", role.domain)),
        field("Level", role.level),
        field("Office", officeLabel(role)),
        field(
          "Process",
          modeLabel(role) + (role.process.channels?.length ? `; ${role.process.channels.join(", ")}` : ""),
        ),
        field("Classified as", classificationText(role)),
        ...(role.qualificationPacks.length
          ? [
              field(
                "Qualifications",
                role.qualificationPacks
                  .map(
                    (q) =>
                      `${q.title.includes(q.code) ? q.title : `${q.code} ${q.title}`} (${q.country}${q.nsqfLevel ? `, NSQF level ${q.nsqfLevel}` : ""})`,
                  )
                  .join("; "),
              ),
            ]
          : []),
        country
          ? // the person's country's: its own, else the role's everywhere
            field(`Night shifts ${inCountry(country)}`, shiftText(role.countries?.[country]?.shifts ?? role.shifts))
          : field(
              "Night shifts",
              [shiftText(role.shifts), ...inEach((l) => l.shifts && shiftText(l.shifts))].join(". "),
            ),
      ].join("\n"),
    ),
    section("Responsibilities", list(role.responsibilities)),
    section("Skills", list(role.skills)),
    section(
      "Requirements",
      [
        field(
          "Education",
          (req.education
            ? [
                req.education.minimum ? `at least ${label(kb, "educationLevels", req.education.minimum)}` : undefined,
                req.education.preferredFields?.length
                  ? `preferred: ${req.education.preferredFields.map((f) => label(kb, "fieldsOfStudy", f)).join(", ")}`
                  : undefined,
                req.education.note,
              ]
                .filter(Boolean)
                .join("; ") || NOT_KNOWN
            : NOT_KNOWN) +
            (req.education?.minimum === undefined && terms.education
              ? `. Read as: ${readAs(terms.education.origin, `at least ${label(kb, "educationLevels", terms.education.minimum)}`)}`
              : "") +
            inEach((l) =>
              l.requirements?.education?.minimum
                ? `at least ${label(kb, "educationLevels", l.requirements.education.minimum)}${l.requirements.education.note ? ` (${l.requirements.education.note})` : ""}`
                : undefined,
            )
              .map((t) => `. ${t}`)
              .join(""),
        ),
        field(
          "Languages",
          req.languages?.length
            ? req.languages.map((l) => `${languageName(l.code)} ${l.level}${l.note ? ` (${l.note})` : ""}`).join("; ")
            : req.languageOptions?.length
              ? `one of: ${req.languageOptions.map((o) => setText(o.languages) + (o.note ? ` (${o.note})` : "")).join("; or ")}`
              : terms.languages
                ? (readAs(terms.languages.origin, terms.languages.sets.map(setText).join(" or ")) ?? NOT_KNOWN)
                : NOT_KNOWN,
        ),
        field(
          "Experience",
          experienceText(role) ??
            (terms.experience ? readAs(terms.experience.origin, experienceNeed(terms.experience.need)) : undefined) ??
            NOT_KNOWN,
        ),
        field(
          "Typing speed",
          req.typingWpm
            ? `${req.typingWpm.minimum} WPM${req.typingWpm.note ? ` (${req.typingWpm.note})` : ""}`
            : NOT_KNOWN,
        ),
      ].join("\n"),
    ),
    section(country ? `Pay ${inCountry(country)}` : "Pay", payText(kb, role, country, year, cite, width, glyphs)),
    section("KPIs", list(role.kpis.map((k) => (k.description ? `${k.name}: ${k.description}` : k.name)))),
    section(
      "Certifications",
      list(role.certifications.map((c) => (c.description ? `${c.name}: ${c.description}` : c.name))),
    ),
    section(
      "Career path",
      [
        field("Comes from", role.careerPath.previous.map(titleOf).join(", ") || NOT_KNOWN),
        field("Leads to", role.careerPath.next.map(titleOf).join(", ") || NOT_KNOWN),
      ].join("\n"),
    ),
    section(
      "Where to look",
      role.jobPlatforms.length ? `  ${role.jobPlatforms.map((p) => p.name).join(", ")}` : undefined,
    ),
    section(
      "Sources",
      [...cited].map(([id, n]) => wrap(`${`[${n}]`.padStart(4)} ${sourceText(kb, id)}`, width, 5, 0)).join("\n"),
    ),
  ];
  return blocks.filter((b) => b !== undefined).join("\n\n");
}

/** "ESCO call centre agent (5244.1); ISCO-08 5244; O*NET-SOC 43-4051.00", or why none is given. */
function classificationText(role: Role): string {
  const c = role.classification;
  if (!c) return NOT_KNOWN;
  const parts = [
    ...(c.esco ?? []).map((e) => `ESCO ${e.label} (${e.code})`),
    c.isco ? `ISCO-08 ${c.isco}` : undefined,
    c.onet ? `O*NET-SOC ${c.onet}` : undefined,
    c.nco2015 ? `NCO-2015 ${c.nco2015}` : undefined,
  ].filter(Boolean);
  return parts.length ? parts.join("; ") : `none fits${c.note ? `: ${c.note}` : ""}`;
}

const shiftText = (s: Role["shifts"]) =>
  s ? `${s.night}${s.note ? ` (${s.note.replace(/\.$/, "")})` : ""}` : NOT_KNOWN;

function experienceNeed(need: Readonly<Partial<Record<string, number>>>): string {
  const parts = Object.entries(need).map(([k, n]) => `${n} ${EXPERIENCE_WORDS[k] ?? k}`);
  return parts.length ? parts.join(", ") : "no previous experience";
}

const EXPERIENCE_WORDS: Record<string, string> = {
  years: "years overall",
  bpoYears: "in BPO",
  customerFacingYears: "customer-facing",
  leadershipYears: "leading a team",
};

function experienceText(role: Role): string | undefined {
  const exp = role.requirements.experience;
  if (!exp) return undefined;
  const parts = [
    exp.years !== undefined ? `${exp.years} years overall` : undefined,
    exp.bpoYears !== undefined ? `${exp.bpoYears} in BPO` : undefined,
    exp.customerFacingYears !== undefined ? `${exp.customerFacingYears} customer-facing` : undefined,
    exp.leadershipYears !== undefined ? `${exp.leadershipYears} leading a team` : undefined,
  ].filter(Boolean);
  return [parts.join(", "), exp.note].filter(Boolean).join("; ") || undefined;
}

/** "Title. Publisher, 2011-09-22 (news). https://..." */
export function sourceText(kb: KnowledgeBase, id: string): string {
  const source = sourceOf(kb, id);
  if (!source) return sanitize(id);
  const where = source.url ?? (source.file ? `seed document ${source.file}` : undefined);
  return sanitize(`${sourceHead(source)}${where ? ` ${where}` : ""}${mirrorOf(source)}`);
}

/** A source as sourceText words it, with its URL apart (for a report's links): the text says the rest. */
export function sourceParts(kb: KnowledgeBase, id: string): { text: string; url?: string } {
  const source = sourceOf(kb, id);
  if (!source) return { text: sanitize(id) };
  const seed = !source.url && source.file ? ` seed document ${source.file}` : "";
  const text = sanitize(`${sourceHead(source)}${seed}${mirrorOf(source)}`);
  return source.url ? { text, url: sanitize(source.url) } : { text };
}

/** "Title. Publisher, 2024 (kind)." */
function sourceHead(source: Source): string {
  const when = source.date === undefined || source.date === "undated" ? "undated" : source.date;
  const by = [source.publisher, when].filter(Boolean).join(", ");
  return `${source.title.replace(/\.$/, "")}. ${by}${source.kind ? ` (${source.kind})` : ""}.`;
}

const mirrorOf = (source: Source) => (source.mirror ? ` (copy at ${source.mirror})` : "");

/** The pay figures for the person's country (every country's without one), each with its year and source. */
function payText(
  kb: KnowledgeBase,
  role: Role,
  country: string | undefined,
  year: number,
  cite: (ids: readonly string[]) => string,
  width: number | undefined,
  glyphs: Glyphs,
): string {
  const figures = payFor(role, country);
  if (figures.length === 0) {
    const elsewhere = [...new Set(role.pay.map((p) => p.country))];
    return `  ${NOT_KNOWN}${
      country && elsewhere.length
        ? ` ${inCountry(country)} (figures for ${elsewhere.join(", ")}: \`bpo-advisor role ${role.id}\`)`
        : ""
    }`;
  }
  return bullets(
    figures.map(
      (p) => `${payFigureText(kb, p, year, country === undefined, { range: glyphs.range })} ${cite(p.sources)}`,
    ),
    width,
    glyphs.bullet,
  );
}

/**
 * Sources numbered as they are cited (`compare`, `path`: across the roles shown): `cite` gives a
 * figure's "[1, 2]", `text` the list of those cited under `heading`, or undefined when none is.
 */
export function citedSources(kb: KnowledgeBase, { chalk, width }: TextStyle) {
  const cited = new Map<string, number>();
  return {
    cite(ids: readonly string[]): string {
      for (const id of ids) if (!cited.has(id)) cited.set(id, cited.size + 1);
      return `[${ids.map((id) => cited.get(id)).join(", ")}]`;
    },
    text(heading: string): string | undefined {
      if (cited.size === 0) return undefined;
      const list = [...cited].map(([id, n]) => wrap(`${`[${n}]`.padStart(4)} ${sourceText(kb, id)}`, width, 5, 0));
      return `${chalk.bold.underline(heading)}\n${list.join("\n")}`;
    },
  };
}
