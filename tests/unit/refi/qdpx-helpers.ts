/** Tiny .qdpx archives built in the tests. */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import JSZip from 'jszip';

/** `../shared/refi-qda` beside the repository (or beside the main checkout, from a git worktree in wt/<name>). */
export function refiDir(): string {
  const root = path.resolve(__dirname, '../../..');
  const at = [path.resolve(root, '../shared/refi-qda'), path.resolve(root, '../../shared/refi-qda')];
  return at.find((d) => fs.existsSync(d)) ?? at[0]!;
}

export const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export async function qdpx(files: Record<string, string | Buffer>): Promise<Buffer> {
  const z = new JSZip();
  for (const [n, t] of Object.entries(files)) z.file(n, t);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A qde with one text source and the given selections: [guid, start, end, codeGuid, user?]. */
export function qde(origin: string, sels: [number, number, number, number, number?][], extra = ''): string {
  const sel = sels
    .map(
      ([g, s, e, c, u]) =>
        `<PlainTextSelection guid="${G(g)}" startPosition="${s}" endPosition="${e}">` +
        `<Coding guid="${G(g + 500)}"${u ? ` creatingUser="${G(u)}"` : ''}><CodeRef targetGUID="${G(c)}"/></Coding>` +
        '</PlainTextSelection>',
    )
    .join('');
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    `<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="${origin}">` +
    `<Users><User guid="${G(91)}" name="Anna"/><User guid="${G(92)}" name="Bo"/></Users>` +
    `<CodeBook><Codes><Code guid="${G(1)}" name="Tema" isCodable="false" color="#FF0000">` +
    '<Description>Rammen</Description>' +
    `<Code guid="${G(2)}" name="Kaffe" isCodable="true"/><Code guid="${G(3)}" name="Vigtigt" isCodable="true"/>` +
    '</Code></Codes></CodeBook>' +
    `<Sources><TextSource guid="${G(9)}" name="kilde" plainTextPath="internal://${G(9)}.txt">${sel}</TextSource>` +
    `</Sources>${extra}</Project>`
  );
}

/** A stored zip with one entry whose local header claims `size` but inflates to much more (a bomb). */
export function bombZip(name: string, bytes: number): Buffer {
  const data = zlib.deflateRawSync(Buffer.alloc(bytes, 48));
  const nameB = Buffer.from(name);
  const crc = zlib.crc32(Buffer.alloc(bytes, 48));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(1000, 22);
  local.writeUInt16LE(nameB.length, 26);
  const cen = Buffer.alloc(46);
  cen.writeUInt32LE(0x02014b50, 0);
  cen.writeUInt16LE(20, 4);
  cen.writeUInt16LE(20, 6);
  cen.writeUInt16LE(8, 10);
  cen.writeUInt32LE(crc, 16);
  cen.writeUInt32LE(data.length, 20);
  cen.writeUInt32LE(1000, 24);
  cen.writeUInt16LE(nameB.length, 28);
  const cd = Buffer.concat([cen, nameB]);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(1, 8);
  eocd.writeUInt16LE(1, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(30 + nameB.length + data.length, 16);
  return Buffer.concat([local, nameB, data, cd, eocd]);
}
