/**
 * A bounded, read-only zip reader for .qdpx archives: the central directory is parsed by hand and
 * each entry is inflated on demand with zlib's `maxOutputLength`, so a zip bomb stops while it is
 * inflating, not after. Nothing is ever written to disk; entry names are only looked up.
 * Limits (issue 16): an entry over 50 MB (the .qde over 100 MB) or over 100× its compressed size
 * (once past 1 MB: small, very repetitive text files legitimately compress better), all entries
 * read together over 1 GB; unsafe names (`..`, absolute, drive letters) refuse the whole archive.
 */
import zlib from 'node:zlib';
import { DomainError } from '../cmo/errors';
import { say } from '../cmo/logMessages';

export const LIMITS = {
  entryBytes: 50 * 1024 * 1024,
  qdeBytes: 100 * 1024 * 1024,
  ratio: 100,
  /** below this an entry's ratio is not held against it */
  ratioFloor: 1024 * 1024,
  totalBytes: 1024 * 1024 * 1024,
  entries: 100_000,
};

/** A problem with the archive, in Danish words (English in brackets); the caller names the file. */
export class ZipProblem extends DomainError {}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  localOffset: number;
  encrypted: boolean;
}

const EOCD = 0x06054b50,
  CEN = 0x02014b50,
  LOC = 0x04034b50;
const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** A path inside the archive that would escape a folder it were unpacked into. */
export function unsafeName(name: string): boolean {
  const n = name.replace(/\\/g, '/');
  return n.startsWith('/') || /^[a-zA-Z]:/.test(n) || n.split('/').some((p) => p === '..') || n.includes('\0');
}

export class ZipReader {
  readonly entries: ZipEntry[] = [];
  private byLower = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(private readonly buf: Buffer) {
    const end = this.findEnd();
    const count = buf.readUInt16LE(end + 10);
    const cdSize = buf.readUInt32LE(end + 12);
    const cdOffset = buf.readUInt32LE(end + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipProblem(say('qdpxZip64'));
    if (cdOffset + cdSize > buf.length) throw new ZipProblem(say('qdpxZipDamaged'));
    if (count > LIMITS.entries) throw new ZipProblem(say('qdpxTooManyFiles', { count }));
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CEN) throw new ZipProblem(say('qdpxBadDirectory'));
      const flags = buf.readUInt16LE(p + 8);
      const nameLen = buf.readUInt16LE(p + 28),
        extraLen = buf.readUInt16LE(p + 30),
        commentLen = buf.readUInt16LE(p + 32);
      const rawName = buf.subarray(p + 46, p + 46 + nameLen);
      const name = flags & 0x800 ? rawName.toString('utf8') : rawName.toString('latin1');
      const e: ZipEntry = {
        name,
        method: buf.readUInt16LE(p + 10),
        crc: buf.readUInt32LE(p + 16),
        compressedSize: buf.readUInt32LE(p + 20),
        size: buf.readUInt32LE(p + 24),
        localOffset: buf.readUInt32LE(p + 42),
        encrypted: (flags & 1) === 1,
      };
      if (unsafeName(name)) throw new ZipProblem(say('qdpxUnsafeName', { name: name.slice(0, 120) }));
      this.entries.push(e);
      this.byLower.set(name.toLowerCase(), e);
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  private findEnd(): number {
    const b = this.buf;
    if (b.length < 22) throw new ZipProblem(say('qdpxNotZip'));
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) if (b.readUInt32LE(i) === EOCD) return i;
    // it starts as a zip but its end record is gone: cut short (an interrupted download or copy)
    throw new ZipProblem(say(b.readUInt32LE(0) === LOC ? 'qdpxZipCut' : 'qdpxNotZip'));
  }

  /** An entry by its name, ignoring case (`Sources/` vs `sources/`). */
  find(name: string): ZipEntry | undefined {
    return this.byLower.get(name.replace(/\\/g, '/').toLowerCase());
  }

  /** The entry's bytes, inflated within the limits; `limit` overrides the per-entry cap (the .qde's). */
  read(e: ZipEntry, limit = LIMITS.entryBytes): Buffer {
    if (e.encrypted) throw new ZipProblem(say('qdpxEncrypted', { entry: e.name }));
    const capRatio = Math.max(LIMITS.ratioFloor, e.compressedSize * LIMITS.ratio);
    const cap = Math.min(limit, capRatio, LIMITS.totalBytes - this.inflated);
    const tooBig = () =>
      new ZipProblem(
        this.inflated + cap >= LIMITS.totalBytes && cap < Math.min(limit, capRatio)
          ? say('qdpxTotalTooBig', { limit: mb(LIMITS.totalBytes) })
          : cap === capRatio && capRatio < limit
            ? say('qdpxRatio', { entry: e.name, ratio: LIMITS.ratio })
            : say('qdpxEntryTooBig', { entry: e.name, limit: mb(limit) }),
      );
    if (e.size > cap) throw tooBig();
    const b = this.buf,
      p = e.localOffset;
    if (p + 30 > b.length || b.readUInt32LE(p) !== LOC)
      throw new ZipProblem(say('qdpxBadLocalHeader', { entry: e.name }));
    const start = p + 30 + b.readUInt16LE(p + 26) + b.readUInt16LE(p + 28);
    if (start + e.compressedSize > b.length) throw new ZipProblem(say('qdpxTruncated', { entry: e.name }));
    const data = b.subarray(start, start + e.compressedSize);
    let out: Buffer;
    if (e.method === 0) out = Buffer.from(data);
    else if (e.method === 8) {
      try {
        out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, cap) });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw tooBig();
        throw new ZipProblem(say('qdpxCannotInflate', { entry: e.name, detail: (err as Error).message }));
      }
    } else throw new ZipProblem(say('qdpxMethod', { entry: e.name, method: e.method }));
    if (out.length > cap) throw tooBig();
    if (typeof zlib.crc32 === 'function' && zlib.crc32(out) >>> 0 !== e.crc)
      throw new ZipProblem(say('qdpxCrc', { entry: e.name }));
    this.inflated += out.length;
    return out;
  }
}
