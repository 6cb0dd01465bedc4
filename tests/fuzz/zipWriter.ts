/**
 * A minimal zip writer for tests and fuzzing: it writes exactly what it is told, including what a
 * real tool never would (sizes that lie, `../` names, bombs), which jszip would not let us write.
 */
import zlib from 'node:zlib';
import { once } from 'node:events';

export interface ZipEntrySpec {
  name: string;
  /** the entry's bytes, deflated here; or `deflated` when already compressed */
  data?: Uint8Array | string;
  deflated?: Deflated;
  /** store instead of deflate */
  stored?: boolean;
  /** the uncompressed size written in the headers, when it should lie */
  declaredSize?: number;
}
export interface Deflated {
  raw: Buffer;
  size: number;
  crc: number;
}

export function deflate(data: Uint8Array | string): Deflated {
  const b = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
  return { raw: zlib.deflateRawSync(b), size: b.length, crc: zlib.crc32(b) };
}

/** `chunk` repeated `times` times, deflated as a stream (a 400 MB entry without holding 400 MB). */
export async function deflateRepeated(chunk: Uint8Array | string, times: number): Promise<Deflated> {
  const c = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
  const d = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  d.on('data', (x: Buffer) => out.push(x));
  let crc = 0;
  for (let i = 0; i < times; i++) {
    crc = zlib.crc32(c, crc);
    if (!d.write(c)) await once(d, 'drain');
  }
  d.end();
  await once(d, 'end');
  return { raw: Buffer.concat(out), size: c.length * times, crc };
}

/** The archive's bytes: local headers and data, then the central directory and its end record. */
export function writeZip(entries: ZipEntrySpec[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    let body: Deflated;
    if (e.deflated) body = e.deflated;
    else if (e.stored) {
      const b = Buffer.from(e.data ?? '');
      body = { raw: b, size: b.length, crc: zlib.crc32(b) };
    } else body = deflate(e.data ?? '');
    const method = e.stored ? 0 : 8;
    const size = e.declaredSize ?? body.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.crc >>> 0, 14);
    local.writeUInt32LE(body.raw.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    parts.push(local, name, body.raw);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(body.crc >>> 0, 16);
    cd.writeUInt32LE(body.raw.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + body.raw.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cdBytes, end]);
}

const CT =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  ('<Override PartName="/word/document.xml" ' +
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>') +
  '</Types>';
const RELS =
  '<?xml version="1.0"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  ('<Relationship Id="r1" ' +
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
    'Target="word/document.xml"/>') +
  '</Relationships>';
export const DOCX_HEAD =
  '<?xml version="1.0"?>' +
  '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
export const DOCX_TAIL = '</w:body></w:document>';

/** A .docx's entries around a given word/document.xml (its bytes, or already deflated). */
export function docxEntries(document: string | Deflated, extra: Partial<ZipEntrySpec> = {}): ZipEntrySpec[] {
  return [
    { name: '[Content_Types].xml', data: CT },
    { name: '_rels/.rels', data: RELS },
    {
      name: 'word/document.xml',
      ...(typeof document === 'string' ? { data: document } : { deflated: document }),
      ...extra,
    },
  ];
}
/** A .docx whose body is these paragraphs (`**Label:** text` makes the label bold). */
export function docxOf(paragraphs: string[]): Buffer {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const p = (s: string) => {
    const m = /^\*\*(.+?)\*\*(.*)$/s.exec(s);
    const run = (t: string, bold = false) =>
      `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`;
    return `<w:p>${m ? run(m[1]!, true) + run(m[2]!) : run(s)}</w:p>`;
  };
  return writeZip(docxEntries(DOCX_HEAD + paragraphs.map(p).join('') + DOCX_TAIL));
}

const ODT_MANIFEST =
  '<?xml version="1.0"?>' +
  '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">' +
  '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>' +
  '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
  '</manifest:manifest>';
export const ODT_HEAD =
  '<?xml version="1.0"?>' +
  ('<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" ' +
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">') +
  '<office:body><office:text>';
export const ODT_TAIL = '</office:text></office:body></office:document-content>';

/** An .odt's entries around a given content.xml (its text, or already deflated). */
export function odtEntries(content: string | Deflated, extra: Partial<ZipEntrySpec> = {}): ZipEntrySpec[] {
  return [
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', stored: true },
    { name: 'META-INF/manifest.xml', data: ODT_MANIFEST },
    { name: 'content.xml', ...(typeof content === 'string' ? { data: content } : { deflated: content }), ...extra },
  ];
}
/** An .odt whose body is this ODF paragraph markup (`<text:p>…</text:p>` …). */
export function odtOf(bodyXml: string): Buffer {
  return writeZip(odtEntries(ODT_HEAD + bodyXml + ODT_TAIL));
}
