import { join } from "node:path";
import type * as fontkit from "fontkit";
import type PDFKit from "pdfkit";
import { fitLine, type Report, type ReportMatch } from "./report-model.js";
import { sanitize } from "./sanitize.js";

// A report as a PDF, one A4 page for a usual profile, written with pdfkit (pure JavaScript: no
// browser), in fonts that the build puts in dist/fonts (scripts/copy-fonts.ts): DejaVu Sans for
// Latin with its extensions (Polish: ą ć ę ł ń ó ś ź ż), Greek and Cyrillic, and Noto Sans
// Devanagari for Hindi or Marathi names, shaped by fontkit. Each run of text goes in the font that
// has its script; a letter neither font has (Tamil, Bengali, Chinese...) shows as the font's
// empty box, and the rest of the page is unharmed.

export interface PdfOptions {
  /** The folder of the fonts (dist/fonts). */
  fonts: string;
  /** The date the report is made on, as its metadata gives it. */
  date: Date;
}

type PdfDocument = PDFKit.PDFDocument;

const FONT_FILES = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  deva: "NotoSansDevanagari-Regular.woff",
  devaBold: "NotoSansDevanagari-Bold.woff",
} as const;

const MARGIN = 42;
const SIZES = { title: 16, h2: 12, h3: 10.5, body: 9, small: 7.5 } as const;
/** A run of Devanagari (its letters, signs and the joiners between them), to set in its font. */
const DEVANAGARI = /([\p{Script_Extensions=Devanagari}\u200c\u200d]+)/u;

/** The fonts opened once for all the reports of a run, by folder. */
const opened = new Map<string, Promise<Record<keyof typeof FONT_FILES, fontkit.Font>>>();

function fontsIn(folder: string) {
  let fonts = opened.get(folder);
  if (!fonts) {
    fonts = (async () => {
      const [{ create }, { readFile }] = await Promise.all([import("fontkit"), import("node:fs/promises")]);
      const entries = await Promise.all(
        Object.entries(FONT_FILES).map(
          async ([name, file]) => [name, create(await readFile(join(folder, file)))] as const,
        ),
      );
      return Object.fromEntries(entries) as Record<keyof typeof FONT_FILES, fontkit.Font>;
    })();
    opened.set(folder, fonts);
  }
  return fonts;
}

export async function reportPdf(report: Report, options: PdfOptions): Promise<Buffer> {
  const [{ default: PDFDocument }, fonts] = await Promise.all([import("pdfkit"), fontsIn(options.fonts)]);
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    // a font of its own from the start: pdfkit's default, Helvetica, reads a file a bundle lacks
    font: fonts.regular as unknown as string,
    info: {
      Title: sanitize(report.title),
      Author: "bpo-advisor",
      Subject: "Career report: the BPO roles that fit, why, and what is missing",
      CreationDate: options.date,
    },
    lang: "en",
    displayTitle: true,
  });
  // pdfkit takes a font fontkit opened as it takes a file (its types say a file)
  for (const [name, font] of Object.entries(fonts)) doc.registerFont(name, font as unknown as string);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on("end", resolve);
    doc.on("error", reject);
  });
  layOut(doc, report);
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

interface Style {
  size: number;
  bold?: boolean;
  /** Where the text starts, and how wide it may run (default: the margins'). */
  x?: number;
  width?: number;
  color?: string;
  link?: string;
  gap?: number;
}

/** Writes `text` in runs, each in the font of its script, as one paragraph. */
function write(doc: PdfDocument, text: string, style: Style): void {
  const runs = sanitize(text)
    .split(DEVANAGARI)
    .filter((r) => r !== "");
  const x = style.x ?? MARGIN;
  const width = style.width ?? doc.page.width - MARGIN - x;
  doc.fillColor(style.color ?? "#111111");
  if (runs.length === 0) runs.push(" ");
  runs.forEach((run, i) => {
    const deva = DEVANAGARI.test(run);
    doc.font(deva ? (style.bold ? "devaBold" : "deva") : style.bold ? "bold" : "regular").fontSize(style.size);
    const options: PDFKit.Mixins.TextOptions = {
      width,
      continued: i < runs.length - 1,
      lineGap: 1,
      ...(style.link ? { link: style.link, underline: false } : {}),
    };
    if (i === 0) doc.text(run, x, doc.y, options);
    else doc.text(run, options);
  });
  if (style.gap) doc.moveDown(style.gap);
}

const heading = (doc: PdfDocument, text: string) => {
  doc.moveDown(0.5);
  write(doc, text, { size: SIZES.h2, bold: true, gap: 0.2 });
  const y = doc.y;
  doc
    .moveTo(MARGIN, y - 2)
    .lineTo(doc.page.width - MARGIN, y - 2)
    .lineWidth(0.5)
    .strokeColor("#999999")
    .stroke();
};

/** A list item: its mark at the margin, its text hanging beside it. */
function item(
  doc: PdfDocument,
  text: string,
  { mark = "•", indent = 0, size = SIZES.body as number }: { mark?: string; indent?: number; size?: number } = {},
) {
  const x = MARGIN + indent;
  const y = doc.y;
  doc.font("regular").fontSize(size).fillColor("#111111").text(mark, x, y, { lineBreak: false });
  doc.y = y;
  write(doc, text, { size, x: x + 10 });
}

function layOut(doc: PdfDocument, report: Report): void {
  write(doc, report.title, { size: SIZES.title, bold: true, gap: 0.3 });
  heading(doc, "Who");
  const labelWidth = 70;
  for (const row of report.person) {
    const y = doc.y;
    write(doc, row.label, { size: SIZES.body, bold: true, width: labelWidth });
    const after = doc.y;
    doc.y = y;
    write(doc, row.value, { size: SIZES.body, x: MARGIN + labelWidth });
    doc.y = Math.max(doc.y, after);
  }
  heading(doc, "Top matches");
  if (report.matches.length === 0) write(doc, "No role to rank.", { size: SIZES.body });
  for (const m of report.matches) matchBlock(doc, m);
  const { total, conflictsLeftOut } = report.ranked;
  doc.moveDown(0.3);
  write(
    doc,
    `${report.matches.length} of ${total} roles shown${conflictsLeftOut > 0 ? `; ${conflictsLeftOut} left out, as they ask what you said you do not want` : ""}. Each role in full: bpo-advisor role <id>.`,
    { size: SIZES.small, color: "#333333" },
  );
  const path = report.path;
  if (path) {
    heading(doc, `Career path from ${path.from.title}`);
    write(doc, `Comes from: ${path.before.length ? path.before.map((r) => r.title).join(", ") : "not known"}`, {
      size: SIZES.body,
    });
    if (path.after.length === 0) write(doc, "Leads to: not known", { size: SIZES.body });
    else {
      write(doc, "Leads to:", { size: SIZES.body });
      path.after.forEach((s, i) => {
        item(doc, `${s.title} (${s.id}): ${s.fit}`, { mark: `${i + 1}.` });
        for (const m of s.missing) item(doc, m, { mark: "–", indent: 12 });
      });
    }
  }
  heading(doc, "Sources");
  if (report.sources.length === 0) write(doc, "None cited.", { size: SIZES.small });
  for (const s of report.sources) {
    item(doc, s.url ? `${s.text} ${s.url}` : s.text, { mark: `${s.n}.`, size: SIZES.small });
  }
  doc.moveDown(0.6);
  write(doc, report.foot, { size: SIZES.small, color: "#333333" });
}

function matchBlock(doc: PdfDocument, m: ReportMatch): void {
  doc.moveDown(0.3);
  write(doc, `${m.rank}. ${m.title} (${m.id})`, { size: SIZES.h3, bold: true });
  write(doc, `Fit: ${fitLine(m)}`, { size: SIZES.body, bold: true });
  const cites = (ns: readonly number[]) => ns.map((n) => ` [${n}]`).join("");
  const list = (name: string, items: readonly string[]) => {
    if (items.length === 0) return;
    write(doc, name, { size: SIZES.body, color: "#333333" });
    for (const i of items) item(doc, i, { indent: 6 });
  };
  list("Why", m.why);
  list(
    "What is missing",
    m.missing.map((g) => (g.next ? `${g.text}. Next step: ${g.next.text}${cites(g.next.cite)}` : g.text)),
  );
  list("Not known", m.notKnown);
  if (m.pay.length > 0)
    list(
      "Pay",
      m.pay.map((p) => `${p.text}${cites(p.cite)}`),
    );
  else if (m.payNote) write(doc, `Pay: ${m.payNote}`, { size: SIZES.body, color: "#333333" });
}
