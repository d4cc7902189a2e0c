import { fileURLToPath } from "node:url";

// Where the package's own files are. This module sits one folder below the package root both as
// source (src/paths.ts) and once bundled (dist/*.js), so "../" is the package root either way.

/** The shipped KB, validated at build time (scripts/build-kb.ts); absent when running from source. */
export const SHIPPED_KB_JSON = new URL("./kb.json", import.meta.url);
/** The shipped KB's names for its roles (thesaurus): read only when a lookup needs them. */
export const SHIPPED_NAMES_JSON = new URL("./names.json", import.meta.url);
/** The shipped KB's full-text index (src/core/meaning.ts), serialized by V8: read only by a full-text search. */
export const SHIPPED_MEANING_BIN = new URL("./meaning.bin", import.meta.url);
/** The shipped KB's sources: read only when a command cites them (`role`, reports). */
export const SHIPPED_SOURCES_JSON = new URL("./sources.json", import.meta.url);
/** The shipped KB's roles' names as a lookup reads them (src/core/role-names.ts). */
export const SHIPPED_LOOKUP_JSON = new URL("./lookup.json", import.meta.url);
/** The shipped KB's YAML files. */
export const SHIPPED_KB_DIR = fileURLToPath(new URL("../data/kb", import.meta.url));
/** The fonts of PDF reports, copied there by the build (scripts/copy-fonts.ts). */
export const FONTS_DIR = fileURLToPath(new URL("./fonts/", import.meta.url));
