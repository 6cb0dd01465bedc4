/**
 * A minimal zip writer (stored or deflated entries), synchronous so fast-check's generators can
 * use it, and able to lie: an entry may claim another uncompressed size than it has.
 */
import zlib from 'node:zlib';

export interface ZipEntryIn {
  name: string;
  data: Uint8Array | string;
  store?: boolean;
  claimSize?: number;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n & 0xffff);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

export function zip(entries: ZipEntryIn[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const body = e.store ? raw : zlib.deflateRawSync(raw, { level: 6 });
    const crc = zlib.crc32(raw);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.claimSize ?? raw.length;
    const method = e.store ? 0 : 8;
    const common = Buffer.concat([
      u16(20),
      u16(0x0800),
      u16(method),
      u16(0),
      u16(0x21),
      u32(crc),
      u32(body.length),
      u32(size),
      u16(name.length),
      u16(0),
    ]);
    const head = Buffer.concat([u32(0x04034b50), common, name]);
    local.push(head, body);
    central.push(Buffer.concat([u32(0x02014b50), u16(20), common, u16(0), u16(0), u16(0), u32(0), u32(offset), name]));
    offset += head.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(cd.length),
    u32(offset),
    u16(0),
  ]);
  return new Uint8Array(Buffer.concat([...local, cd, end]));
}
