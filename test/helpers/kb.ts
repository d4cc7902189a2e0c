import type { KnowledgeBase } from "../../src/core/kb-schema.js";
import { type Profile, type ProfileInput, ProfileSchema } from "../../src/core/profile-schema.js";
import { validateKbAt } from "../../src/kb/load-kb.js";
import { ROOT } from "./run-cli.js";

/** The shipped KB, validated from data/kb as the build does. */
export const shippedKb: KnowledgeBase = await validateKbAt("data/kb", ROOT);

export const profileOf = (input: ProfileInput): Profile => ProfileSchema.parse(input);
