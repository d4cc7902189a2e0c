// dist/libs/pdfkit.cjs (tsup.config.ts): pdfkit, and fontkit's create() from the same bundle, so
// that a batch of PDF reports opens each font once (fontkit parses its tables as they are read,
// and keeps them: a new document per font file would parse them again, ~0.2 s a report).

export { create as fontkitCreate } from "fontkit";
export { default } from "pdfkit";
