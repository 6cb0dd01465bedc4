import iconv from 'iconv-lite';
import { Tokenize } from 'rtf-stream-parser';
// The plain-text processor ships in the package (with types) but is not re-exported by its index.
import { ToPlainText } from 'rtf-stream-parser/dist/src/ToPlainText.js';
import { ImportError, detailOf } from '../errors';
import type { ReadResult } from '../types';
import { say, type LogMessage } from '../../cmo/logMessages';

/**
 * Destinations whose text is not part of the document's body: metadata (`\info`: author, title),
 * headers and footers, pictures and objects, field instructions (the field's result is kept),
 * tables of fonts, colours, styles and lists, bullets' rendered text, annotation ids.
 */
const NOT_BODY = [
  'info',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'pict',
  'shppict',
  'nonshppict',
  'objdata',
  'fldinst',
  'datafield',
  'formfield',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'xmlnstbl',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'pgdsctbl',
  'ftnsep',
  'ftnsepc',
  'aftnsep',
  'aftnsepc',
  'revtbl',
  'mmathPr',
  'docvar',
  'bkmkstart',
  'bkmkend',
  'xe',
  'tc',
  'tcn',
  'shpinst',
  'sp',
  'sn',
  'sv',
  'filetbl',
  'fonttbl',
  'colortbl',
  'stylesheet',
  'listtext',
  'pntext',
  'pntxta',
  'pntxtb',
  'userprops',
  'atnid',
  'atnauthor',
  'atndate',
  'atnref',
  'atnicn',
  'atntime',
  'atrfstart',
  'atrfend',
  'template',
  'private',
  'blipuid',
  'fchars',
  'lchars',
  'wgrffmtfilter',
  'mhtmltag',
  'htmltag',
  'expandedcolortbl',
  'pgdsc',
  'leveltext',
  'levelnumbers',
  'listpicture',
  'falt',
  'panose',
  'fname',
  'keywords',
  'comment',
  'title',
  'subject',
  'author',
  'operator',
  'company',
  'category',
  'doccomm',
  'hlinkbase',
];
const NOTE_DESTS = ['footnote', 'annotation'] as const;

/* The processor's internal state that the extra feature reads (see ProcessTokens.types.d.ts). */
interface Globals {
  _state: { allDestinations?: Record<string, boolean> };
  _pushOutput(data: Buffer | string): void;
  _getOutputAsString(data: Buffer | string, font: unknown): [string, boolean];
  _getCurrentFont(): unknown;
}
type Feature = {
  controlHandlers?: Record<string, (g: Globals) => void | true>;
  outputDataFilter?: (g: Globals, data: Buffer | string) => void | true;
};

/**
 * rtf-stream-parser's plain-text processor does the hard part (code pages from `\ansicpg` and
 * font charsets, double-byte `\'xx` pairs such as GBK, `\uN` with `\ucN` fallback skipping,
 * surrogate pairs, symbol fonts). This adds what a transcript needs on top: table cells and rows,
 * page/section breaks and Cocoa's `\<newline>` as breaks, header/footer/metadata text left out,
 * and footnotes and annotations (comments) routed to notes.
 */
function extract(bytes: Uint8Array): { text: string; notes: string[]; warnings: LogMessage[] } {
  const notes: string[] = [];
  const warnings: LogMessage[] = [];
  const inNote = (g: Globals) => NOTE_DESTS.some((d) => g._state.allDestinations?.[d]);
  const feature: Feature = {
    controlHandlers: {
      cell: (g) => g._pushOutput('\t'),
      nestcell: (g) => g._pushOutput('\t'),
      row: (g) => g._pushOutput('\n'),
      nestrow: (g) => g._pushOutput('\n'),
      sect: (g) => g._pushOutput('\n'),
      page: (g) => g._pushOutput('\n'),
      '\n': (g) => g._pushOutput('\n'),
      '\r': (g) => g._pushOutput('\n'),
      emspace: (g) => g._pushOutput(' '),
      enspace: (g) => g._pushOutput(' '),
      qmspace: (g) => g._pushOutput(' '),
      chftn: () => true,
      footnote: () => {
        notes.push('');
      },
      annotation: () => {
        notes.push('');
      },
    },
    outputDataFilter: (g, data) => {
      const dests = g._state.allDestinations;
      if (!dests) return;
      if (NOT_BODY.some((d) => dests[d])) return true;
      if (inNote(g)) {
        if (notes.length === 0) notes.push('');
        notes[notes.length - 1] += g._getOutputAsString(data, g._getCurrentFont())[0];
        return true;
      }
    },
  };
  const proc = new ToPlainText({
    decode: iconv.decode,
    encode: iconv.encode,
    warn: (m: string) => {
      if (warnings.length < 5) warnings.push(say('warnRtf', { detail: m }));
    },
  });
  (proc as unknown as { _featureHandlers: Feature[] })._featureHandlers.unshift(feature);

  // Synchronous, as rtf-stream-parser's own deEncapsulateSync drives its two transforms.
  const chunks: string[] = [];
  const fail = (e: unknown) => {
    if (e) throw e;
  };
  const tok = new Tokenize();
  tok.push = (token: unknown) => {
    proc._transform(token as never, 'utf8', fail);
    return true;
  };
  proc.push = (piece: unknown) => {
    chunks.push(String(piece));
    return true;
  };
  tok._transform(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'buffer' as BufferEncoding, fail);
  tok._flush((e?: unknown) => fail(e));
  proc._flush((e?: unknown) => fail(e));
  return { text: chunks.join(''), notes: notes.map((n) => n.replace(/\s+/g, ' ').trim()).filter(Boolean), warnings };
}

export function readRtf(fileName: string, bytes: Uint8Array): ReadResult {
  try {
    const { text, notes, warnings } = extract(bytes);
    // text as written: tabs and line ends kept; trailing whitespace of lines goes in normalisation
    return { text: text.replace(/\u0000/g, ''), format: 'rtf', encoding: null, warnings, notes };
  } catch (e) {
    throw new ImportError(fileName, say('errUnreadableAs', { format: 'rtf', detail: detailOf(e) }));
  }
}
