// Copies the fonts of PDF reports (src/render/report-pdf.ts) into dist/fonts, with their licences:
// DejaVu Sans (Latin with its extensions, Greek, Cyrillic: Polish names among them) and Noto Sans
// Devanagari (Hindi and Marathi names). They come from devDependencies, so that an install of the
// package carries these four files, not the two font packages whole. Run by the build (tsup.config.ts).
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const DEJAVU = "node_modules/dejavu-fonts-ttf";
const NOTO = "node_modules/@fontsource/noto-sans-devanagari";
export const FONT_FILES: Record<string, string> = {
  "DejaVuSans.ttf": `${DEJAVU}/ttf/DejaVuSans.ttf`,
  "DejaVuSans-Bold.ttf": `${DEJAVU}/ttf/DejaVuSans-Bold.ttf`,
  "DejaVu-LICENSE.txt": `${DEJAVU}/LICENSE`,
  // WOFF, not WOFF2: fontkit embeds WOFF2 glyphs empty (the text is there, invisible)
  "NotoSansDevanagari-Regular.woff": `${NOTO}/files/noto-sans-devanagari-devanagari-400-normal.woff`,
  "NotoSansDevanagari-Bold.woff": `${NOTO}/files/noto-sans-devanagari-devanagari-700-normal.woff`,
  "NotoSansDevanagari-LICENSE.txt": `${NOTO}/LICENSE`,
};

mkdirSync("dist/fonts", { recursive: true });
for (const [name, from] of Object.entries(FONT_FILES)) copyFileSync(from, join("dist/fonts", name));
console.log(`dist/fonts: ${Object.keys(FONT_FILES).length} files`);
