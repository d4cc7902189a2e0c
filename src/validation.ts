// Everything that needs zod, as one module that loads on demand (issue #4): to validate a custom
// KB, to explain a profile that fails the fast check (src/profile/check-profile.ts), and to write
// a profile as YAML. zod and the YAML parser are ~450 KB of code, ~10 ms to load, which the
// everyday commands never pay (a valid YAML profile needs the YAML parser alone:
// src/profile/yaml-profile.ts).

export { validateKnowledgeBase } from "./core/kb-validate.js";
export { parseProfileObject, parseProfileText } from "./profile/parse-profile.js";
export { profileToYaml } from "./profile/profile-yaml.js";
