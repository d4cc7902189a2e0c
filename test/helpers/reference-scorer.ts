import type { KnowledgeBase, Role } from "../../src/core/kb-schema.js";
import type { Profile } from "../../src/core/profile-schema.js";
import { termsOf } from "../../src/core/role-terms.js";
import { EXPERIENCE_KEYS, ROLE_LEVELS } from "../../src/core/vocabulary.js";

// The scoring model of data/kb/scoring.yaml written out plainly, one role at a time, with none of
// the compiled path's machinery (src/core/score.ts: tables per role and market, verdict codes,
// words kept per key). test/score.property.test.ts holds the two to the same results on random
// profiles and random scoring data. A role's terms (what it asks, from where) are the KB's
// reading, shared with the compiled path: src/core/role-terms.ts, tested on its own.

export interface ReferenceResult {
  id: string;
  score: number;
  eligibility: "eligible" | "not-yet" | "not-known";
  band: string;
  stepBack: boolean;
  conflict: boolean;
}

/** "floor": a requirement read from the ladder, met: full points, but the role is not known. */
type Share = number | "unknown" | "conflict" | "floor";

export function referenceRanking(kb: KnowledgeBase, profile: Profile): ReferenceResult[] {
  const s = kb.scoring;
  const rank = (list: readonly { id: string }[], id: string | undefined) => list.findIndex((e) => e.id === id) + 1;
  const cefr = (level: string | undefined) => rank(kb.vocabularies.cefrLevels, level);
  const e = profile.experience;
  const have: Record<(typeof EXPERIENCE_KEYS)[number], number> = {
    years: Math.max(e.years, e.bpoYears, e.customerFacingYears, e.leadershipYears),
    bpoYears: e.bpoYears,
    customerFacingYears: e.customerFacingYears,
    leadershipYears: e.leadershipYears,
  };
  const own = (code: string) => profile.languages.find((l) => l.code === code)?.level;
  let personLevel = 1;
  for (const rule of s.personLevels) {
    if (EXPERIENCE_KEYS.every((k) => rule.when[k] === undefined || have[k] >= (rule.when[k] as number))) {
      personLevel = ROLE_LEVELS.indexOf(rule.level) + 1;
      break;
    }
  }

  const results = kb.roles.map((role: Role) => {
    const t = termsOf(kb, role, profile.country);
    const requirements: Share[] = [];
    const preferences: [number, Share][] = [];

    // education
    if (!t.education) requirements.push("unknown");
    else {
      const short =
        rank(kb.vocabularies.educationLevels, t.education.minimum) -
        rank(kb.vocabularies.educationLevels, profile.education.level);
      // a floor from the ladder, met, does not say what the role asks: not known
      const met = t.education.origin.kind === "ladder" ? "floor" : 1;
      requirements.push(short <= 0 ? met : 1 - Math.min(1, short / s.stepsToZero.education));
    }
    // languages: the nearest set
    if (!t.languages) requirements.push("unknown");
    else {
      let best = -1;
      for (const set of t.languages.sets) {
        const shorts = set.map((l) => cefr(l.level) - cefr(own(l.code)));
        const share = shorts.every((x) => x <= 0)
          ? 1
          : Math.min(
              1 - 1e-9,
              shorts.reduce((sum, x) => sum + (x <= 0 ? 1 : 1 - Math.min(1, x / s.stepsToZero.cefr)), 0) / set.length,
            );
        best = Math.max(best, share);
      }
      requirements.push(best === 1 && t.languages.origin.kind === "ladder" ? "floor" : best);
    }
    // experience: the kind furthest from its minimum
    if (!t.experience) requirements.push("unknown");
    else {
      let least = 1;
      for (const k of EXPERIENCE_KEYS) {
        const need = t.experience.need[k];
        if (need && need > 0 && have[k] < need) least = Math.min(least, have[k] / need);
      }
      const met = t.experience.origin.kind === "ladder" ? "floor" : 1;
      requirements.push(least >= 1 ? met : Math.min(least, 1 - 1e-9));
    }
    if (t.typingWpm !== undefined) {
      const wpm = profile.skills.typingWpm ?? 0;
      requirements.push(wpm >= t.typingWpm ? 1 : wpm / t.typingWpm);
    }

    // interests
    const interests = profile.preferences.interests;
    const at = interests.indexOf(role.domain);
    preferences.push([
      s.weights.interests,
      interests.length === 0 ? "unknown" : at < 0 ? 0 : Math.max(s.interests.floor, 1 - at * s.interests.step),
    ]);
    // work mode
    const wanted = profile.preferences.workMode;
    const mode = role.process.mode;
    preferences.push([
      s.weights.workMode,
      wanted === "any" || wanted === mode
        ? 1
        : mode === "blended"
          ? s.neutral
          : wanted === "non-voice" && mode === "voice"
            ? "conflict"
            : 0,
    ]);
    // field of study
    const field = profile.education.field;
    preferences.push([
      s.weights.fieldOfStudy,
      t.preferredFields.length === 0 || field === undefined ? "unknown" : t.preferredFields.includes(field) ? 1 : 0,
    ]);
    // years beyond the minimum
    if (!t.experience) preferences.push([s.weights.extraYears, "unknown"]);
    else {
      const counted = EXPERIENCE_KEYS.filter(
        (k) => (t.experience?.need[k] ?? 0) > 0 || t.experience?.helps.includes(k),
      );
      const beyond = Math.max(
        0,
        ...(counted.length === 0 ? ["years" as const] : counted).map((k) => have[k] - (t.experience?.need[k] ?? 0)),
      );
      preferences.push([s.weights.extraYears, Math.min(1, beyond / s.extraYears.forFull)]);
    }
    // extra languages, by demand in the person's market
    const demand = profile.country === undefined ? undefined : s.extraLanguages.demand[profile.country];
    if (!demand) preferences.push([s.weights.extraLanguages, "unknown"]);
    else {
      const asked = new Set((t.languages?.sets ?? []).flat().map((l) => l.code));
      let sum = 0;
      for (const l of profile.languages) {
        if (cefr(l.level) < cefr(s.extraLanguages.minimumLevel)) continue;
        if (s.extraLanguages.notExtra.includes(l.code) || asked.has(l.code) || !demand.languages.includes(l.code))
          continue;
        sum += s.extraLanguages.levelShares[l.level] ?? 0;
      }
      preferences.push([s.weights.extraLanguages, Math.min(1, sum / s.extraLanguages.forFullPoints)]);
    }
    // night shifts
    const willing = profile.preferences.nightShifts;
    preferences.push([
      s.weights.nightShifts,
      t.night === undefined
        ? "unknown"
        : t.night === "none" || willing === true
          ? 1
          : willing === undefined
            ? s.neutral
            : t.night === "usual"
              ? "conflict"
              : 0,
    ]);

    const value = (x: Share) => (x === "unknown" ? s.neutral : x === "conflict" ? 0 : x === "floor" ? 1 : x);
    let raw = 0;
    for (const r of requirements) raw += (s.weights.requirements / requirements.length) * value(r);
    for (const [w, p] of preferences) raw += w * value(p);
    const gaps = requirements.filter((r): r is number => typeof r === "number" && r < 1);
    const eligibility =
      gaps.length > 0
        ? "not-yet"
        : requirements.includes("unknown") || requirements.includes("floor")
          ? "not-known"
          : "eligible";
    const conflict = preferences.some(([, p]) => p === "conflict");
    const score = Math.round(Math.min(100, eligibility === "not-yet" ? (raw * s.ineligibleCap) / 100 : raw));
    const distance = Math.round(gaps.reduce((sum, g) => sum + (1 - g), 0) * 1000) / 1000;
    const band = conflict
      ? "conflict"
      : eligibility === "not-yet"
        ? distance <= s.bands.stretchDistance
          ? "stretch"
          : "not-yet"
        : eligibility === "not-known"
          ? "possible"
          : score >= s.bands.strong
            ? "strong"
            : "good";
    const levelGap = personLevel - t.levelRank;
    return {
      id: role.id,
      score,
      eligibility,
      band,
      stepBack: levelGap >= s.stepBackAfter,
      conflict,
      // for the order
      group: conflict ? 3 : levelGap >= s.stepBackAfter ? 2 : eligibility === "not-yet" ? 1 : 0,
      levelFit: levelGap === 0 ? 0 : levelGap < 0 ? -2 * levelGap - 1 : 2 * levelGap,
      interestAt: at < 0 ? 99 : at,
      evidence: [t.education, t.languages, t.experience].filter((p) => p?.origin.kind === "role").length,
    } as const;
  });
  results.sort(
    (a, b) =>
      a.group - b.group ||
      b.score - a.score ||
      Number(a.eligibility !== "eligible") - Number(b.eligibility !== "eligible") ||
      a.levelFit - b.levelFit ||
      a.interestAt - b.interestAt ||
      b.evidence - a.evidence ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return results.map(({ id, score, eligibility, band, stepBack, conflict }) => ({
    id,
    score,
    eligibility,
    band,
    stepBack,
    conflict,
  }));
}
