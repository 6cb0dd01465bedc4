import mammoth from 'mammoth';
import { ImportError, detailOf } from '../errors';
import { DocumentText, type Piece } from '../build';
import { DOCUMENT_ZIP_MAX_TOTAL_BYTES, describeDocumentError, openZip, type BoundedZip } from './zip';
import type { ReadResult } from '../types';
import { say } from '../../cmo/logMessages';

/* mammoth's document model (mammoth/lib/documents.js): only the fields read here. */
interface El {
  type: string;
  children?: El[];
  value?: string;
  isBold?: boolean;
  checked?: boolean;
  noteType?: string;
  noteId?: string;
  commentId?: string;
  isHeader?: boolean;
  body?: El[];
  authorName?: string;
}
interface Doc extends El {
  notes: { resolve(ref: El): El | null };
  comments: El[];
}

/**
 * Word (.docx, Transitional and Strict) through mammoth's document model: paragraphs in order,
 * tables row by row and cell by cell, line breaks kept, bold speaker labels found, and comments,
 * footnotes and endnotes kept as notes instead of being mixed into the spoken text.
 */
export async function readDocx(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  // mammoth reads parts through this bounded zip (never jszip on the raw bytes): a zip bomb is
  // stopped while it inflates, with a message naming the file
  const zip = await openZip(fileName, bytes, { maxTotalBytes: DOCUMENT_ZIP_MAX_TOTAL_BYTES });
  let doc: Doc | undefined;
  // The document model is all we need: stop mammoth before it renders HTML (about half its time).
  const done = new Error('document read');
  try {
    await mammoth.convertToHtml({ file: mammothFile(zip) } as never, {
      transformDocument: (d: Doc) => {
        doc = d;
        throw done;
      },
    });
  } catch (e) {
    if (e instanceof ImportError) throw e;
    if (e !== done) throw new ImportError(fileName, describeDocumentError(e, 'docx', 'word/document.xml'));
  }
  if (!doc) throw new ImportError(fileName, say('errUnreadableAs', { format: 'docx' }));
  let read;
  try {
    read = fromDocument(doc);
  } catch (e) {
    // a hostile document model (nesting deep enough to overflow the stack …): still one line naming the file
    throw new ImportError(fileName, say('errUnreadableAs', { format: 'docx', detail: detailOf(e) }));
  }
  const { text, turns, notes } = read;
  return { text, turns, notes, format: 'docx', encoding: null, warnings: [] };
}

/** The zip object mammoth reads a .docx through (mammoth/lib/zipfile.js: exists, read, write, toArrayBuffer). */
function mammothFile(zip: BoundedZip) {
  return {
    exists: (name: string) => zip.has(name),
    async read(name: string, encoding?: string) {
      const b = await zip.read(name);
      if (!b) throw new Error(`could not find ${name}`);
      if (encoding === 'base64') return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64');
      return encoding ? new TextDecoder(encoding).decode(b) : b;
    },
    write() {
      throw new Error('read only');
    },
    toArrayBuffer() {
      throw new Error('read only');
    },
  };
}

function fromDocument(doc: Doc) {
  const out = new DocumentText();
  const notes: string[] = [];
  const comments = new Map(doc.comments.map((c) => [c.commentId, c]));

  let quiet = false; // while a table is only being looked at, its notes are not collected
  const plain = (els: El[] | undefined): string =>
    (els ?? [])
      .map((e) =>
        e.type === 'paragraph'
          ? pieces(e)
              .map((p) => p.text)
              .join('')
          : plain(e.children),
      )
      .filter((s) => s.trim())
      .join('\n');

  function pieces(el: El, inBold = false, acc: Piece[] = []): Piece[] {
    for (const c of el.children ?? []) {
      switch (c.type) {
        case 'text':
          acc.push({ text: c.value ?? '', bold: inBold });
          break;
        case 'tab':
          acc.push({ text: '\t', bold: inBold });
          break;
        case 'break':
          acc.push({ text: '\n', bold: inBold });
          break;
        case 'checkbox':
          acc.push({ text: c.checked ? '☒' : '☐', bold: inBold });
          break;
        case 'noteReference': {
          const note = doc.notes.resolve(c);
          const text = note ? plain(note.body).trim() : '';
          if (text && !quiet) notes.push(`${c.noteType === 'endnote' ? 'Slutnote' : 'Fodnote'} ${c.noteId}: ${text}`);
          break;
        }
        case 'commentReference': {
          const cm = comments.get(c.commentId);
          const text = cm ? plain(cm.body).trim() : '';
          if (text && !quiet) notes.push(`Kommentar${cm?.authorName ? ` (${cm.authorName})` : ''}: ${text}`);
          break;
        }
        case 'image':
          break;
        default:
          pieces(c, c.type === 'run' ? !!c.isBold : inBold, acc);
      }
    }
    return acc;
  }

  function block(el: El): void {
    if (el.type === 'paragraph') out.paragraph(pieces(el));
    else if (el.type === 'table') {
      const rows = (el.children ?? []).filter((r) => r.type === 'tableRow');
      quiet = true;
      const cells = rows.map((r) => (r.children ?? []).map((c) => plain(c.children).trim()));
      quiet = false;
      if (out.table(cells, !!rows[0]?.isHeader))
        plain(rows); // the notes in it
      else for (const r of rows) for (const c of r.children ?? []) for (const x of c.children ?? []) block(x);
    } else for (const c of el.children ?? []) block(c);
  }

  for (const el of doc.children ?? []) block(el);
  return { ...out.build(), notes };
}
