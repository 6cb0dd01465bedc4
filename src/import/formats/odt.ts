import { XMLParser } from 'fast-xml-parser';
import { ImportError, detailOf, MAX_TEXT_CHARS } from '../errors';
import { DocumentText, type Piece } from '../build';
import { DOCUMENT_ZIP_MAX_TOTAL_BYTES, openZip } from './zip';
import type { ReadResult } from '../types';
import { say, type LogMessage } from '../../cmo/logMessages';

/** fast-xml-parser's preserveOrder shape: `{ 'text:p': [...children], ':@': { attrs } }` or `{ '#text': '…' }`. */
type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: false,
});

/** `<text:s text:c="n"/>` gives at most this many spaces (a real document has a handful; 9,000,000 is an attack). */
export const ODT_MAX_REPEAT = 1000;
/** Text built while reading (tables are looked at twice) stops here; the import's own cap is MAX_TEXT_CHARS. */
const MAX_BUILT_CHARS = 2 * MAX_TEXT_CHARS;

const nameOf = (n: Node) => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: Node): Node[] => {
  const k = n[nameOf(n)];
  return Array.isArray(k) ? (k as Node[]) : [];
};
const attr = (n: Node, a: string) => n[':@']?.[a];
const SKIP = new Set([
  'text:tracked-changes',
  'office:annotation-end',
  'text:note-citation',
  'draw:frame',
  'text:soft-page-break',
  'office:forms',
  'text:sequence-decls',
  'table:table-columns',
  'table:table-column',
  'text:bookmark',
  'text:bookmark-start',
  'text:bookmark-end',
]);

/**
 * OpenDocument text (.odt) from LibreOffice/OpenOffice: content.xml read with jszip and
 * fast-xml-parser. Whitespace follows the ODF rules (runs of XML whitespace are one space;
 * `<text:s text:c="n"/>` is n spaces, `<text:tab/>` a tab, `<text:line-break/>` a new line);
 * tables in reading order; bold speaker labels from bold automatic styles; footnotes, endnotes
 * and comments (`office:annotation`) become notes.
 */
export async function readOdt(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  const zip = await openZip(fileName, bytes, { maxTotalBytes: DOCUMENT_ZIP_MAX_TOTAL_BYTES });
  const manifest = await zip.text('META-INF/manifest.xml');
  if (manifest?.includes('encryption-data')) throw new ImportError(fileName, say('errEncryptedOdt'));
  const mimetype = (await zip.text('mimetype'))?.trim();
  if (mimetype && !mimetype.startsWith('application/vnd.oasis.opendocument.text'))
    throw new ImportError(fileName, say('errOdtNotText', { mimetype: mimetype.slice(0, 100) }));
  const xml = await zip.text('content.xml');
  if (xml === null) throw new ImportError(fileName, say('errOdtNoContent'));
  if (/<!ENTITY/i.test(xml)) throw new ImportError(fileName, say('errXmlEntities', { part: 'content.xml' }));
  let tree: Node[];
  try {
    tree = parser.parse(xml) as Node[];
  } catch (e) {
    throw new ImportError(fileName, say('errOdtContentUnreadable', { detail: detailOf(e, 120) }));
  }
  try {
    return { ...fromContent(tree, fileName), format: 'odt', encoding: null };
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(fileName, say('errUnreadableAs', { format: 'odt', detail: detailOf(e) }));
  }
}

function fromContent(tree: Node[], fileName: string) {
  const bold = new Set<string>();
  let built = 0,
    capped = 0;
  const out = new DocumentText();
  const notes: string[] = [];
  let quiet = false;

  const find = (ns: Node[], name: string): Node | undefined => {
    for (const n of ns) {
      if (nameOf(n) === name) return n;
      const hit = find(kids(n), name);
      if (hit) return hit;
    }
    return undefined;
  };
  // automatic styles with fo:font-weight bold (T1, P3 …), and named styles that say so
  for (const s of kids(find(tree, 'office:automatic-styles') ?? {})) {
    const props = kids(s).find((k) => nameOf(k) === 'style:text-properties');
    if (props && /^(bold|[6-9]00)$/.test(attr(props, 'fo:font-weight') ?? '')) bold.add(attr(s, 'style:name') ?? '');
    const parent = attr(s, 'style:parent-style-name') ?? '';
    if (/strong|bold|fed/i.test(parent)) bold.add(attr(s, 'style:name') ?? '');
  }
  const isBold = (n: Node, inherited: boolean) => {
    const st = attr(n, 'text:style-name');
    return st === undefined ? inherited : bold.has(st) || /strong|bold|fed/i.test(st);
  };

  /** The pieces of a paragraph; ODF whitespace collapsing, counted across the whole paragraph. */
  function pieces(p: Node): Piece[] {
    const acc: Piece[] = [];
    let lastSpace = true; // leading whitespace of a paragraph is dropped
    const push = (text: string, b: boolean) => {
      if (!text) return;
      built += text.length;
      if (built > MAX_BUILT_CHARS)
        throw new ImportError(fileName, say('errTooMuchText', { chars: built, max: MAX_TEXT_CHARS }));
      acc.push({ text, bold: b });
    };
    const repeat = (n: Node) => {
      const c = Math.max(1, Math.floor(Number(attr(n, 'text:c') ?? 1)) || 1);
      if (c > ODT_MAX_REPEAT) capped++;
      return Math.min(c, ODT_MAX_REPEAT);
    };
    const walk = (ns: Node[], b: boolean) => {
      for (const n of ns) {
        const name = nameOf(n);
        if (name === '#text') {
          const collapsed = String(n['#text']).replace(/[ \t\r\n]+/g, ' ');
          const t = lastSpace ? collapsed.replace(/^ /, '') : collapsed;
          if (t) {
            push(t, b);
            lastSpace = t.endsWith(' ');
          }
        } else if (name === 'text:s') {
          push(' '.repeat(repeat(n)), b);
          lastSpace = false;
        } else if (name === 'text:tab') {
          push('\t', b);
          lastSpace = false;
        } else if (name === 'text:line-break') {
          push('\n', b);
          lastSpace = true;
        } else if (name === 'text:note') note(n);
        else if (name === 'office:annotation') annotation(n);
        else if (!SKIP.has(name)) walk(kids(n), isBold(n, b));
      }
    };
    walk(kids(p), isBold(p, false));
    return acc;
  }
  const plain = (ns: Node[]): string =>
    ns
      .map((n) => {
        const name = nameOf(n);
        if (name === 'text:p' || name === 'text:h')
          return pieces(n)
            .map((x) => x.text)
            .join('');
        return SKIP.has(name) || name === '#text' ? '' : plain(kids(n));
      })
      .filter((s) => s.trim())
      .join('\n');

  function note(n: Node): void {
    const body = kids(n).find((k) => nameOf(k) === 'text:note-body');
    const cite = kids(n).find((k) => nameOf(k) === 'text:note-citation');
    const text = body ? plain(kids(body)).trim() : '';
    const num = cite
      ? kids(cite)
          .map((k) => String(k['#text'] ?? ''))
          .join('')
      : '';
    if (text && !quiet)
      notes.push(
        `${attr(n, 'text:note-class') === 'endnote' ? 'Slutnote' : 'Fodnote'}${num ? ` ${num}` : ''}: ${text}`,
      );
  }
  function annotation(n: Node): void {
    const creator = kids(n).find((k) => nameOf(k) === 'dc:creator');
    const who = creator
      ? kids(creator)
          .map((k) => String(k['#text'] ?? ''))
          .join('')
          .trim()
      : '';
    const text = plain(kids(n).filter((k) => nameOf(k) === 'text:p' || nameOf(k) === 'text:list')).trim();
    if (text && !quiet) notes.push(`Kommentar${who ? ` (${who})` : ''}: ${text}`);
  }

  function rowsOf(t: Node): Node[] {
    return kids(t).flatMap((k) => {
      const name = nameOf(k);
      if (name === 'table:table-row') return [k];
      if (name === 'table:table-header-rows' || name === 'table:table-rows' || name === 'table:table-row-group')
        return rowsOf(k);
      return [];
    });
  }

  function block(n: Node): void {
    const name = nameOf(n);
    if (name === 'text:p' || name === 'text:h') out.paragraph(pieces(n));
    else if (name === 'table:table') {
      const rows = rowsOf(n);
      const cellsOf = (r: Node) => kids(r).filter((c) => nameOf(c) === 'table:table-cell');
      quiet = true;
      const cells = rows.map((r) => cellsOf(r).map((c) => plain(kids(c)).trim()));
      quiet = false;
      const header = kids(n).some((k) => nameOf(k) === 'table:table-header-rows');
      if (out.table(cells, header))
        for (const r of rows) plain(kids(r)); // the notes in it
      else for (const r of rows) for (const c of cellsOf(r)) for (const x of kids(c)) block(x);
    } else if (!SKIP.has(name) && name !== '#text' && name !== 'office:annotation') for (const k of kids(n)) block(k);
  }

  const body = find(tree, 'office:text');
  for (const n of body ? kids(body) : []) block(n);
  const warnings: LogMessage[] = capped ? [say('warnRepeatCapped', { count: capped, max: ODT_MAX_REPEAT })] : [];
  return { ...out.build(), notes, warnings };
}
