// The PDF toolkit of the invoice: pdfkit (a well-kept PDF library) with IBM Plex Sans embedded (from the
// @fontsource package, so a PDF looks the same on every host and carries the Danish letters), and the text
// it writes reduced to what the font can draw — a character it lacks (an arrow, an emoji in a case title)
// becomes a close equivalent or '?', never an empty box.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve('@fontsource/ibm-plex-sans')), 'files');
const fontFile = (weight: 400 | 600) => fs.readFileSync(path.join(FONT_DIR, `ibm-plex-sans-latin-${weight}-normal.woff`));

interface GlyphSource {
  hasGlyphForCodePoint(codePoint: number): boolean;
}
const fontkit = require('fontkit') as { create(data: Buffer): GlyphSource };

let fonts: { regular: Buffer; bold: Buffer; glyphs: GlyphSource } | null = null;
function loadFonts() {
  if (!fonts) {
    const regular = fontFile(400);
    fonts = { regular, bold: fontFile(600), glyphs: fontkit.create(regular) };
  }
  return fonts;
}

const SUBSTITUTES: Record<string, string> = { '→': '->', '←': '<-', '⇒': '=>', '≤': '<=', '≥': '>=', '✓': 'v', '…': '...' };

/** The text as the embedded font can draw it. */
export function drawable(text: string): string {
  const { glyphs } = loadFonts();
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0x0a || glyphs.hasGlyphForCodePoint(cp)) out += ch;
    else out += SUBSTITUTES[ch] ?? (/\p{White_Space}/u.test(ch) ? ' ' : '?');
  }
  return out;
}

export const COLORS = { ink: '#1d2433', muted: '#5b6577', line: '#d5dae3', accent: '#1f5f8b', band: '#f1f4f8' } as const;

/** A new A4 document with the fonts registered as 'regular' and 'bold', its metadata fixed by the caller. */
export function newDocument(info: { title: string; author: string; subject: string; created: Date }): PDFKit.PDFDocument {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 48, bottom: 20, left: 50, right: 50 }, // pages are broken by the layout (pdf.ts), above the footer
    bufferPages: true,
    info: { Title: info.title, Author: info.author, Subject: info.subject, Creator: info.author, CreationDate: info.created, ModDate: info.created },
    lang: 'da',
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  doc.font('regular').fillColor(COLORS.ink);
  return doc;
}

/** The finished document's bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
