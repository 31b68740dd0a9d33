// The PDF printer every document of Samdrift uses (governance's notices and minutes, the reports):
// pdfmake with the 14 standard PDF fonts, nothing fetched, and text made safe for those fonts.
//
// NOTE: pdfmake renders with the 14 standard PDF fonts (Helvetica), so no font files are read. Their
// text is encoded as WinAnsi (Windows-1252): æøå, «», – — • € … are in it, but →, ≥, − (minus) and
// most other symbols are not, and pdfkit would write them as garbage. pdfText() maps those to ASCII
// look-alikes first, so that everything in the PDF can be read and copied (pdftotext finds it).

import pdfmake from 'pdfmake';
import type { TCreatedPdf, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces.js';

// ---- the printer ----------------------------------------------------------------------------------

export const FONT = 'Helvetica';
const FONTS: TFontDictionary = {
  [FONT]: {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  },
};
const STANDARD_FONT_NAMES = new Set(['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique']);

/** What we use of pdfmake 0.3's server API (the module's default export is an instance of it). */
interface PdfMakeServer {
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): TCreatedPdf;
}

let printer: PdfMakeServer | undefined;

/**
 * Our own pdfmake instance: the module's default export is one shared, mutable instance (fonts and
 * access policies are set on it), so another part of the app configuring it would change our output
 * and the other way round. Its class is the prototype's constructor. Nothing may be fetched (URL policy
 * refuses everything) and the only "local files" pdfmake may open are the standard font names.
 */
export function pdfPrinter(): PdfMakeServer {
  if (!printer) {
    const Server = Object.getPrototypeOf(pdfmake).constructor as new () => PdfMakeServer;
    const p = new Server();
    p.setFonts(FONTS);
    p.setUrlAccessPolicy(() => false);
    p.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));
    printer = p;
  }
  return printer;
}

// ---- text -----------------------------------------------------------------------------------------

/** Characters above U+00FF that WinAnsi has (pdfkit's WIN_ANSI_MAP). */
const WIN_ANSI_EXTRA = new Set(
  '\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018\u2019\u201A\u201C\u201D\u201E\u2020\u2021\u2022\u2026\u2030\u2039\u203A\u20AC\u2122',
);

/** Look-alikes for common characters WinAnsi lacks. */
const REPLACEMENTS: Record<string, string> = {
  '\u00AD': '', // soft hyphen
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u202F': '\u00A0', // narrow no-break space (Intl's thousands separator in nb)
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '\u2013',
  '\u2015': '\u2014',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21D2': '=>',
  '\u2248': '~',
  '\u2260': '!=',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2023': '\u2022',
  '\u2043': '-',
  '\u25AA': '\u2022',
  '\u25CF': '\u2022',
  '\u25E6': '\u2022',
  '\u2713': 'x',
  '\u2714': 'x',
  // letters without a decomposition (Sami Đ Ŋ Ŧ among them): the plain letter beats "?"
  '\u0110': 'D',
  '\u0111': 'd',
  '\u014A': 'N',
  '\u014B': 'n',
  '\u0166': 'T',
  '\u0167': 't',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0131': 'i',
};

const inWinAnsi = (ch: string): boolean => {
  const cp = ch.codePointAt(0)!;
  return (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff) || cp === 0x0a || WIN_ANSI_EXTRA.has(ch);
};

/**
 * Text the standard fonts can show: NFC, tabs as spaces, other control characters dropped, characters
 * outside WinAnsi replaced by a look-alike, by their letter without accents (ŝ → s), or by "?".
 */
export function pdfText(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\t/g, '    ')) {
    if (inWinAnsi(ch)) out += ch;
    else if (ch in REPLACEMENTS) out += REPLACEMENTS[ch];
    else if (/\p{Cc}|\p{Cf}/u.test(ch)) continue;
    else {
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base !== '' && [...base].every(inWinAnsi) ? base : '?';
    }
  }
  return out;
}

/** Render a document definition to PDF bytes. */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  return pdfPrinter().createPdf(doc).getBuffer();
}
