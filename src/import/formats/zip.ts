import yauzl from 'yauzl';
import { ImportError, detailOf } from '../errors';
import { say, type LogMessage } from '../../cmo/logMessages';

/*
 * Zip-based files (.docx, .odt; .qdpx) opened with limits that hold WHILE inflating, not only by
 * what the archive declares: a 1 MB file can claim small sizes and inflate to gigabytes.
 */
/** One entry may inflate to at most this (a transcript's document.xml is a few MB). */
export const ZIP_MAX_ENTRY_BYTES = 50 * 1024 * 1024;
/** …and to at most this many times its compressed size (XML compresses 5–20×), once past the grace below. */
export const ZIP_MAX_RATIO = 100;
/** The ratio is judged only once an entry has inflated past this: tiny parts compress very well. */
export const ZIP_RATIO_GRACE_BYTES = 1024 * 1024;
/** All entries read from one archive together. */
export const ZIP_MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
/** …for a Word or OpenDocument transcript, of which only the text parts are read. */
export const DOCUMENT_ZIP_MAX_TOTAL_BYTES = 200 * 1024 * 1024;
/** Entries in the central directory (a long document with images has a few hundred). */
export const ZIP_MAX_ENTRIES = 20_000;

export interface ZipLimits {
  maxEntryBytes: number;
  maxRatio: number;
  ratioGraceBytes: number;
  maxTotalBytes: number;
  maxEntries: number;
}
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntryBytes: ZIP_MAX_ENTRY_BYTES,
  maxRatio: ZIP_MAX_RATIO,
  ratioGraceBytes: ZIP_RATIO_GRACE_BYTES,
  maxTotalBytes: ZIP_MAX_TOTAL_BYTES,
  maxEntries: ZIP_MAX_ENTRIES,
};

/** An opened archive: its entry names, and each entry's bytes on demand, inflated within the limits. */
export interface BoundedZip {
  /** entry names (files only, no folders), as written in the archive; never absolute, never with `..` */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** the entry's bytes; null when there is no such entry. Over a limit: an ImportError naming the file. */
  read(name: string): Promise<Uint8Array | null>;
  /** the entry as UTF-8 text (a BOM dropped); null when there is no such entry */
  text(name: string): Promise<string | null>;
  /** bytes inflated so far, all entries together */
  readonly inflated: number;
}

/**
 * Opens a zip held in memory (yauzl: validates the central directory, entry names and the actual
 * against the declared sizes). Every problem is an ImportError whose message names `fileName`:
 * a damaged archive, too many entries, an absolute or `..` entry name, and while an entry is read,
 * more than `maxEntryBytes`, more than `maxRatio` × its compressed size, or more than
 * `maxTotalBytes` for the archive — counted as the bytes come out of the inflater, which is
 * stopped at once.
 */
export async function openZip(
  fileName: string,
  bytes: Uint8Array,
  limits: Partial<ZipLimits> = {},
): Promise<BoundedZip> {
  const lim = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const fail = (m: LogMessage): never => {
    throw new ImportError(fileName, m);
  };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    const options = {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      decodeStrings: true,
      strictFileNames: false,
    };
    yauzl.fromBuffer(buf, options, (err, z) => (err || !z ? reject(err) : resolve(z)));
  }).catch((e: unknown) => fail(describeZipError(e)));
  if (zip.entryCount > lim.maxEntries)
    fail(say('errZipTooManyEntries', { count: zip.entryCount, max: lim.maxEntries }));

  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (e: yauzl.Entry) => {
      if (!e.fileName.endsWith('/') && !entries.has(e.fileName)) entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.once('end', () => resolve());
    zip.once('error', reject);
    zip.readEntry();
  }).catch((e: unknown) => fail(describeZipError(e)));

  let total = 0;
  const read = async (name: string): Promise<Uint8Array | null> => {
    const entry = entries.get(name);
    if (!entry) return null;
    const tooBig = say('errZipEntryTooBig', { entry: name, limit: lim.maxEntryBytes });
    const tooMuch = say('errZipTotalTooBig', { limit: lim.maxTotalBytes });
    // what the archive declares is checked first (cheap), what comes out of the inflater below
    if (entry.uncompressedSize > lim.maxEntryBytes) fail(tooBig);
    if (total + entry.uncompressedSize > lim.maxTotalBytes) fail(tooMuch);
    const stream = await new Promise<NodeJS.ReadableStream & { destroy(): void }>((resolve, reject) => {
      zip.openReadStream(entry, (err, s) => (err || !s ? reject(err) : resolve(s as never)));
    }).catch((e: unknown) => fail(describeZipError(e, name)));
    const chunks: Buffer[] = [];
    let got = 0;
    await new Promise<void>((resolve, reject) => {
      const stop = (m: LogMessage) => {
        stream.removeAllListeners('data');
        stream.destroy();
        reject(new ImportError(fileName, m));
      };
      stream.on('data', (c: Buffer) => {
        got += c.length;
        total += c.length;
        if (got > lim.maxEntryBytes) return stop(tooBig);
        if (got > lim.ratioGraceBytes && got > lim.maxRatio * Math.max(1, entry.compressedSize))
          return stop(say('errZipRatio', { entry: name, ratio: lim.maxRatio }));
        if (total > lim.maxTotalBytes) return stop(tooMuch);
        chunks.push(c);
      });
      stream.once('end', () => resolve());
      stream.once('error', (e: unknown) =>
        reject(e instanceof ImportError ? e : new ImportError(fileName, describeZipError(e, name))),
      );
    });
    return Buffer.concat(chunks, got);
  };
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    read,
    async text(name) {
      const b = await read(name);
      return b === null ? null : new TextDecoder('utf-8').decode(b); // TextDecoder drops a leading BOM
    },
    get inflated() {
      return total;
    },
  };
}

/** A zip library's exception → what is wrong with the archive, as a message. */
function describeZipError(e: unknown, entry?: string): LogMessage {
  const msg = String((e as Error)?.message ?? e);
  const name = /^(?:absolute path|invalid relative path|invalid characters in fileName): (.*)$/.exec(msg);
  if (name) return say('errZipBadEntryName', { name: name[1]!.slice(0, 120) });
  if (/too many bytes in the stream/.test(msg)) return say('errZipSizeLie', { entry: entry ?? '?' });
  return say('errZipDamaged');
}

/** mammoth's or a parser's exception → what is wrong with the file (a Word or ODF text document), as a message. */
export function describeDocumentError(e: unknown, format: 'docx' | 'odt', mainPart: string): LogMessage {
  const msg = String((e as Error)?.message ?? e);
  const damaged = /central directory|end of data|corrupted zip|invalid signature|unexpected end|is this a zip/i;
  if (/zip file/i.test(msg)) return say('errZipDamaged');
  if (damaged.test(msg) || /crc32|bad offset|compressed|inflat|invalid (block|code|distance|stored)/i.test(msg))
    return say('errZipDamaged');
  if (/could not find|not find (the )?main document|no such file|missing/i.test(msg) || msg.includes(mainPart))
    return say('errZipNotDocument', { format });
  return say('errUnreadableAs', { format, detail: detailOf(e, 200) });
}
