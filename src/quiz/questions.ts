import { countryName, countryOf, HUB_COUNTRIES } from "../core/countries.js";
import type { KnowledgeBase } from "../core/kb-schema.js";
import { languageNameOf, toLanguageCode } from "../core/languages.js";
import type { Profile } from "../core/profile-schema.js";
import type { Choice, Validate } from "../prompt/adapter.js";
import { sanitize } from "../render/sanitize.js";
import {
  type Answers,
  countryProblem,
  listOf,
  once,
  otherLanguagesProblem,
  splitLanguages,
  textOf,
  wpmProblem,
  yearsProblem,
} from "./answers.js";

// The questionnaire as data: what is asked, with which choices (from the KB's vocabularies), how
// an answer is checked where it is typed, when a question is asked, and where its answer goes in
// the profile. src/quiz/run-quiz.ts walks this table; nothing here does I/O.

/** The profile being filled in, validated against the profile contract once the quiz ends. */
export interface ProfileDraft {
  country?: string;
  languages: { code: string; level: string }[];
  education: { level?: string; field?: string };
  experience: { years?: number; bpoYears?: number; customerFacingYears?: number; leadershipYears?: number };
  skills: { typingWpm?: number };
  preferences: { workMode?: string; nightShifts?: boolean; interests?: string[] };
}

interface Asked {
  id: string;
  /**
   * The numbered step of the quiz it belongs to ("Question 4 of 8"): a step's follow-ups (a level
   * for each language, the years in BPO when there are years) are its parts, so that the count
   * of questions never changes as answers come (issue #13: it went 12, 13, then 10).
   */
  step: string;
  /** Names the answer at the review step. */
  label: string;
  message: string;
  /**
   * Asked only when this is true; undefined means not known yet (an earlier answer decides): such
   * a question is counted in "Question k of n" but not asked.
   */
  when?: (answers: Answers) => boolean | undefined;
}
export interface SelectQuestion extends Asked {
  kind: "select";
  choices: readonly Choice<string>[];
  into: (answer: string, profile: ProfileDraft) => void;
}
export interface CheckboxQuestion extends Asked {
  kind: "checkbox";
  choices: readonly Choice<string>[];
  validate?: Validate<readonly string[]>;
  into?: (answer: readonly string[], profile: ProfileDraft) => void;
}
export interface TextQuestion extends Asked {
  kind: "text";
  validate: (answer: string, answers: Answers) => true | string;
  /** How the review shows the answer, when not as typed. */
  shown?: (answer: string) => string;
  into?: (answer: string, profile: ProfileDraft) => void;
}
export type Question = SelectQuestion | CheckboxQuestion | TextQuestion;

/** Languages BPO employers in India, the Philippines and Poland ask for most (tl: Filipino). */
const COMMON_LANGUAGES = ["en", "hi", "tl", "pl", "de", "fr", "es", "nl", "it", "pt", "ja"];
const OTHER = "other";
const NOT_APPLICABLE = "not-applicable";
/** Below higher secondary there is no field of study to choose (India's streams start at 11th). */
const NO_FIELD_YET = ["none", "secondary"];

type WorkMode = Profile["preferences"]["workMode"];
const WORK_MODES: readonly Choice<WorkMode>[] = [
  { value: "voice", name: "Voice", description: "Calls with customers: answering or making them." },
  { value: "non-voice", name: "Non-voice", description: "Email, chat and back-office work, without calls." },
  { value: "any", name: "Either is fine" },
];

/** The questions for the answers so far: one level question per language chosen. */
export function quizQuestions(kb: KnowledgeBase, answers: Answers): Question[] {
  const vocab = kb.vocabularies;
  return [
    {
      id: "languages",
      step: "languages",
      kind: "checkbox",
      label: "Languages",
      message: "Which languages do you speak?",
      choices: [
        ...COMMON_LANGUAGES.map((code) => ({ value: code, name: languageNameOf(code) ?? code })),
        { value: OTHER, name: "Another language (type it next)" },
      ],
      validate: (codes) => codes.length > 0 || "choose at least one language (space ticks it)",
    },
    {
      id: "otherLanguages",
      step: "languages",
      kind: "text",
      label: "Other languages",
      message: "Which other languages? Names or ISO codes, separated by commas (such as Tamil, ko):",
      when: (a) => listOf(a, "languages").includes(OTHER),
      validate: otherLanguagesProblem,
      // the review names each language, not its code as typed ("tl": Filipino)
      shown: (text) =>
        splitLanguages(text)
          .map((t) => {
            const code = toLanguageCode(t);
            return code === undefined ? t : (languageNameOf(code) ?? t);
          })
          .join(", "),
    },
    // one level question per language; before the languages are chosen, one is counted
    ...(answers.languages === undefined
      ? [{ ...levelQuestion(kb, "en"), id: "level:?", when: () => undefined }]
      : spokenLanguages(answers).map((code) => levelQuestion(kb, code))),
    {
      id: "education",
      step: "education",
      kind: "select",
      label: "Education",
      message: "What is the highest education you have finished?",
      choices: fromVocabulary(vocab.educationLevels),
      into: (level, p) => {
        p.education.level = level;
      },
    },
    {
      id: "field",
      step: "education",
      kind: "select",
      label: "Field of study",
      message: "What was your field of study?",
      when: once("education", (level) => !NO_FIELD_YET.includes(String(level))),
      choices: [...fromVocabulary(vocab.fieldsOfStudy), { value: NOT_APPLICABLE, name: "Not applicable" }],
      into: (field, p) => {
        if (field !== NOT_APPLICABLE) p.education.field = field;
      },
    },
    {
      id: "years",
      step: "experience",
      kind: "text",
      label: "Years of work",
      message: "How many years have you worked in all, in any job? (0 if none)",
      validate: (text) => yearsProblem(text) ?? true,
      into: (text, p) => {
        p.experience.years = Number(text);
      },
    },
    partOfYears("bpoYears", "Years in BPO", "in BPO or shared services", (p, n) => {
      p.experience.bpoYears = n;
    }),
    partOfYears("customerYears", "Years customer-facing", "with customers (calls, chat, counter)", (p, n) => {
      p.experience.customerFacingYears = n;
    }),
    partOfYears("leadershipYears", "Years leading a team", "leading a team", (p, n) => {
      p.experience.leadershipYears = n;
    }),
    {
      id: "wpm",
      step: "typing",
      kind: "text",
      label: "Typing speed",
      message: "Your typing speed in words per minute, if you know it (Enter skips):",
      validate: (text) => wpmProblem(text) ?? true,
      into: (text, p) => {
        if (text.trim() !== "") p.skills.typingWpm = Number(text);
      },
    },
    {
      id: "workMode",
      step: "workMode",
      kind: "select",
      label: "Work mode",
      message: "Which work do you want?",
      choices: WORK_MODES,
      into: (mode, p) => {
        p.preferences.workMode = mode;
      },
    },
    {
      id: "nightShifts",
      step: "nightShifts",
      kind: "select",
      label: "Night shifts",
      message: "Can you work night or rotating shifts?",
      choices: [
        { value: "yes", name: "Yes" },
        { value: "no", name: "No, day shifts only" },
      ],
      into: (answer, p) => {
        p.preferences.nightShifts = answer === "yes";
      },
    },
    {
      id: "interests",
      step: "interests",
      kind: "checkbox",
      label: "Interests",
      message: "Which kinds of work interest you? (tick any, or none)",
      choices: fromVocabulary(vocab.domains),
      into: (domains, p) => {
        p.preferences.interests = [...domains];
      },
    },
    {
      id: "country",
      step: "country",
      kind: "select",
      label: "Country",
      message: "Where are you looking for work? (requirements, shifts and languages in demand differ)",
      choices: [
        ...HUB_COUNTRIES.map((code) => ({ value: code, name: countryName(code) })),
        { value: OTHER, name: "Another country (type its code next)" },
        { value: NOT_APPLICABLE, name: "I would rather not say" },
      ],
      into: (code, p) => {
        if (code !== OTHER && code !== NOT_APPLICABLE) p.country = code;
      },
    },
    {
      id: "otherCountry",
      step: "country",
      kind: "text",
      label: "Other country",
      message: "Which country? Its two-letter ISO 3166-1 code (such as AE, GB or US):",
      when: once("country", (answer) => answer === OTHER),
      validate: countryProblem,
      shown: (text) => {
        const code = countryOf(text.trim());
        return code === undefined ? text : countryName(code);
      },
      into: (text, p) => {
        const code = countryOf(text.trim());
        if (code !== undefined) p.country = code;
      },
    },
  ];
}

function levelQuestion(kb: KnowledgeBase, code: string): SelectQuestion {
  const name = languageNameOf(code) ?? code;
  return {
    id: `level:${code}`,
    step: "levels",
    kind: "select",
    label: `${name} level`,
    message: `How well do you know ${name}? (CEFR level)`,
    choices: fromVocabulary(kb.vocabularies.cefrLevels),
    into: (level, p) => p.languages.push({ code, level }),
  };
}

/** The languages chosen, ticked and typed, each once, in the order given. */
function spokenLanguages(answers: Answers): string[] {
  const ticked = listOf(answers, "languages");
  const typed = ticked.includes(OTHER) ? splitLanguages(textOf(answers, "otherLanguages") ?? "") : [];
  const codes = [...ticked.filter((c) => c !== OTHER), ...typed.map((t) => toLanguageCode(t) ?? t)];
  return [...new Set(codes)];
}

const fromVocabulary = (entries: readonly { id: string; label: string; description?: string }[]) =>
  entries.map((e) => ({
    value: e.id,
    name: sanitize(e.label),
    ...(e.description ? { description: sanitize(e.description) } : {}),
  }));

function partOfYears(
  id: string,
  label: string,
  where: string,
  into: (profile: ProfileDraft, years: number) => void,
): TextQuestion {
  return {
    id,
    step: "experience",
    kind: "text",
    label,
    message: `Of those, how many years ${where}?`,
    when: once("years", (total) => Number(total) > 0),
    validate: (text, a) => {
      const total = Number(textOf(a, "years"));
      return (
        yearsProblem(text) ?? (Number(text) > total ? `that is more than the ${total} years you worked in all` : true)
      );
    },
    into: (text, p) => into(p, Number(text)),
  };
}
