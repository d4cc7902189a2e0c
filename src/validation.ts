// Everything that needs zod or the YAML parser, as one module that loads on demand (issue #4):
// to validate a custom KB, to read a YAML profile, to explain a profile that fails the fast check
// (src/profile/check-profile.ts), and to write a profile as YAML. Together they are ~300 KB of
// code, over ten milliseconds to load, which the everyday commands never pay. Keeping them behind
// this one module also keeps the bundle's shared chunks (and so the files Node loads) few.

export { validateKnowledgeBase } from "./core/kb-validate.js";
export { parseProfileObject, parseProfileText } from "./profile/parse-profile.js";
export { profileToYaml } from "./profile/profile-yaml.js";
