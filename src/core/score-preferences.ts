import type { KnowledgeBase, Role } from "./kb-schema.js";
import { languageNameOf } from "./languages.js";
import type { Factor } from "./match-types.js";
import type { Profile } from "./profile-schema.js";

// Preferences and strengths decide how well an eligible role fits. Each factor earns a share
// (0..1) of its weight in data/kb/scoring.yaml; "neutral" is the share when nothing is known.

/** `good`: the reason speaks for this role, worth listing among its reasons (default: full points). */
type Share = { share: number; reason: string; good?: boolean };

export interface PreferenceFactor extends Factor {
  good: boolean;
}

export function preferenceFactors(kb: KnowledgeBase, role: Role, profile: Profile): PreferenceFactor[] {
  const { weights } = kb.scoring;
  const factor = (
    name: Exclude<Factor["factor"], "education" | "language" | "experience" | "typing" | "requirements">,
    s: Share,
  ): PreferenceFactor => ({
    factor: name,
    points: round(weights[name] * s.share),
    max: weights[name],
    reason: s.reason,
    good: s.good ?? s.share >= 1,
  });
  return [
    factor("workMode", workMode(kb, role, profile)),
    factor("interests", interests(kb, role, profile)),
    factor("fieldOfStudy", fieldOfStudy(kb, role, profile)),
    factor("extraLanguages", extraLanguages(kb, role, profile)),
    factor("nightShifts", nightShifts(kb, role, profile)),
  ];
}

const MODE_WORDS = { voice: "voice", "non-voice": "non-voice", blended: "a mix of voice and non-voice" } as const;

function workMode(kb: KnowledgeBase, role: Role, profile: Profile): Share {
  const wanted = profile.preferences.workMode;
  const mode = role.process.mode;
  const roleIs = `this role is ${MODE_WORDS[mode]} work`;
  if (wanted === "any") return { share: 1, reason: `you are open to voice and non-voice work; ${roleIs}` };
  if (mode === wanted) return { share: 1, reason: `you want ${wanted} work, and ${roleIs}` };
  if (mode === "blended") return { share: kb.scoring.neutral, reason: `you want ${wanted} work; ${roleIs}` };
  return { share: 0, reason: `you want ${wanted} work, but ${roleIs}` };
}

function interests(kb: KnowledgeBase, role: Role, profile: Profile): Share {
  const domain = kb.vocabularies.domains.find((d) => d.id === role.domain)?.label ?? role.domain;
  const listed = profile.preferences.interests;
  if (listed.length === 0)
    return { share: kb.scoring.neutral, reason: `you named no interests; this role is ${domain}` };
  if (listed.includes(role.domain)) return { share: 1, reason: `${domain} is one of your interests` };
  return { share: 0, reason: `${domain} is not among your interests` };
}

function fieldOfStudy(kb: KnowledgeBase, role: Role, profile: Profile): Share {
  const preferred = role.requirements.education?.preferredFields ?? [];
  const field = profile.education.field;
  const label = (id: string) => kb.vocabularies.fieldsOfStudy.find((f) => f.id === id)?.label ?? id;
  if (preferred.length === 0)
    return { share: kb.scoring.neutral, reason: "the role prefers no particular field of study" };
  if (field && preferred.includes(field))
    return { share: 1, reason: `your field, ${label(field)}, is one the role prefers` };
  const wanted = preferred.map(label).join(", ");
  return {
    share: 0,
    reason: field ? `the role prefers ${wanted}; your field is ${label(field)}` : `the role prefers ${wanted}`,
  };
}

function extraLanguages(kb: KnowledgeBase, role: Role, profile: Profile): Share {
  const { minimumLevel, forFullPoints, notExtra } = kb.scoring.extraLanguages;
  const levels = kb.vocabularies.cefrLevels.map((l) => l.id as string);
  const asked = new Set([...notExtra, ...(role.requirements.languages ?? []).map((l) => l.code)]);
  const extra = profile.languages.filter(
    (l) => !asked.has(l.code) && levels.indexOf(l.level) >= levels.indexOf(minimumLevel),
  );
  if (extra.length === 0)
    return { share: 0, reason: `no languages at ${minimumLevel} or above beyond those the role asks` };
  const names = extra.map((l) => `${languageNameOf(l.code) ?? l.code} ${l.level}`).join(", ");
  return {
    share: Math.min(1, extra.length / forFullPoints),
    reason: `extra languages (${names}): shared-service centres prize them`,
    good: true,
  };
}

function nightShifts(kb: KnowledgeBase, role: Role, profile: Profile): Share {
  const night = role.shifts?.night;
  const willing = profile.preferences.nightShifts;
  if (!night || night === "rare") {
    return { share: 1, reason: "the sources note no night shifts for this role", good: false };
  }
  const often = night === "common" ? "often works nights" : "may work nights";
  if (willing === true) return { share: 1, reason: `you are willing to work nights; this role ${often}` };
  if (willing === undefined)
    return { share: kb.scoring.neutral, reason: `this role ${often}; you did not say whether you would` };
  return night === "common"
    ? { share: 0, reason: `this role ${often}, and you prefer not to` }
    : { share: kb.scoring.neutral, reason: `this role ${often}, and you prefer not to` };
}

const round = (n: number) => Math.round(n * 100) / 100;
