/**
 * fast-check generators of hostile transcript files, one arbitrary per importer (txt, vtt, srt,
 * docx, odt, rtf): the shapes that hung or crashed the importers before issue 19 — long runs of
 * blanks, nameless and deeply nested cue tags, many cues, huge `text:c` repeats, zip bombs with
 * honest and lying sizes, zip-slip names, DTD entities, deep RTF groups — mixed with ordinary
 * transcripts. `hostileFiles(scale)` takes a size scale (1 = the sizes that found the bugs; the
 * unit test uses less). The torture suite's wider generators live in scripts/torture/fuzz.
 */
import fc from 'fast-check';
import zlib from 'node:zlib';
import { DOCX_HEAD, DOCX_TAIL, ODT_HEAD, ODT_TAIL, docxEntries, odtEntries, writeZip, type ZipEntrySpec } from './zipWriter';

export interface FuzzFile { name: string; bytes: Uint8Array; label: string }
export type Importer = 'txt' | 'vtt' | 'srt' | 'docx' | 'odt' | 'rtf';

const enc = new TextEncoder();
const LABELS = ['Interviewer:', 'Leder:', 'IP:', '[Leder]', '**Leder:**', 'Leder (00:01:02):', '12:05 Leder:', ''];
const WORDS = ['ja', 'nej', 'æøå', 'ÆØÅ', 'e\u0301', 'hej.', '“citat”', '…', '\u{1F600}', '&', '<', '>', '\u0000', '\ud800', ':'];
const BLANKS = [' ', '\t', '\u00a0', ' \t', '\u2028', '\r', '\r\n', '\n'];

/** A line of a transcript, sometimes with a very long run of blanks in it. */
function line(scale: number) {
  return fc.tuple(
    fc.constantFrom(...LABELS),
    fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }),
    fc.oneof({ arbitrary: fc.constant(1), weight: 4 }, { arbitrary: fc.integer({ min: 2, max: Math.max(2, 200_000 * scale) }), weight: 1 }),
    fc.constantFrom(...BLANKS),
  ).map(([label, words, n, blank]) => `${label} ${words.slice(0, 4).join(' ')}${blank.repeat(n)}${words.slice(4).join(' ')}`);
}
const transcript = (scale: number) => fc.array(line(scale), { maxLength: 30 }).map((ls) => ls.join('\n'));

/** Bytes cut short, flipped or with junk: the reader must refuse them, not crash. */
function damaged(f: FuzzFile): fc.Arbitrary<FuzzFile> {
  const n = Math.max(1, f.bytes.length);
  return fc.oneof(
    fc.integer({ min: 0, max: n }).map((i) => ({ ...f, bytes: f.bytes.slice(0, i), label: `${f.label}, cut at ${i}` })),
    fc.array(fc.tuple(fc.nat(n - 1), fc.nat(255)), { minLength: 1, maxLength: 6 }).map((flips) => {
      const b = f.bytes.slice();
      for (const [i, v] of flips) b[i] = v;
      return { ...f, bytes: b, label: `${f.label}, ${flips.length} bytes flipped` };
    }),
  );
}
const sometimesDamaged = (a: fc.Arbitrary<FuzzFile>) => fc.oneof({ arbitrary: a, weight: 4 }, { arbitrary: a.chain(damaged), weight: 1 });

function cueFiles(ext: 'vtt' | 'srt', scale: number): fc.Arbitrary<FuzzFile> {
  const sep = ext === 'vtt' ? '.' : ',';
  const stamp = (s: number) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}${sep}000`;
  const payload = fc.oneof(
    fc.tuple(fc.constantFrom('<v>', '<v >', '<v\t>', '<v Leder>', '<v.loud IP>', '<v', '</v>', ''), fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }))
      .map(([v, w]) => `${v}${w.join(' ')}`),
    fc.tuple(fc.constantFrom('<c>', '<c.x>', '<i>', '<b>', '<v A>', '<00:00:01.000>'), fc.integer({ min: 1, max: Math.max(1, 200_000 * scale) }))
      .map(([t, k]) => `${t.repeat(k)}dybt`),
  );
  const few = fc.array(payload, { minLength: 1, maxLength: 40 });
  const many = fc.tuple(fc.integer({ min: 100, max: Math.max(100, 80_000 * scale) }), fc.constantFrom('<v Leder>', '<v>', 'Leder: '))
    .map(([k, v]) => Array.from({ length: k }, (_, i) => `${v}ord ${i}`));
  return sometimesDamaged(fc.tuple(fc.oneof({ arbitrary: few, weight: 5 }, { arbitrary: many, weight: 1 }), fc.boolean()).map(([texts, header]) => {
    const body = texts.map((t, i) => `${ext === 'srt' ? `${i + 1}\n` : ''}${stamp(i)} --> ${stamp(i + 1)}\n${t}\n`).join('\n');
    const s = `${ext === 'vtt' && header ? 'WEBVTT\n\n' : ''}${body}`;
    return { name: `Case 01 - Leder.${ext}`, bytes: enc.encode(s), label: `${ext}, ${texts.length} cues, ${s.length} chars` };
  }));
}

/** A deflated entry of `mb` MB of one letter, whose header may lie about its size. */
const bombEntry = (name: string, head: string, tail: string, mb: number, lie: boolean): ZipEntrySpec => {
  const data = Buffer.from(head + 'a'.repeat(mb * 1024 * 1024) + tail);
  return { name, deflated: { raw: zlib.deflateRawSync(data, { level: 1 }), size: data.length, crc: zlib.crc32(data) }, ...(lie ? { declaredSize: 4096 } : {}) };
};
const EVIL_NAMES = ['../../x.xml', '/etc/passwd', 'C:/x', 'a/../../b'];

function zipFiles(ext: 'docx' | 'odt', scale: number): fc.Arbitrary<FuzzFile> {
  const name = `Case 01 - Leder.${ext}`;
  const span = ext === 'docx'
    ? fc.oneof(
      fc.array(fc.constantFrom(...WORDS, 'Leder:'), { maxLength: 5 }).map((w) => `<w:r><w:t xml:space="preserve">${w.join(' ').replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r>`),
      fc.constantFrom('<w:r><w:rPr><w:b/></w:rPr><w:t>Leder:</w:t></w:r>', '<w:r><w:tab/></w:r>', '<w:r><w:br/></w:r>', '<w:r><w:t>&bogus;</w:t></w:r>', '<w:p>'),
      fc.integer({ min: 2, max: Math.max(2, 2000 * scale) }).map((k) => `${'<w:sdt><w:sdtContent>'.repeat(k)}<w:r><w:t>x</w:t></w:r>${'</w:sdtContent></w:sdt>'.repeat(k)}`),
    )
    : fc.oneof(
      fc.array(fc.constantFrom(...WORDS, 'Leder:'), { maxLength: 5 }).map((w) => w.join(' ').replace(/&/g, '&amp;').replace(/</g, '&lt;')),
      fc.oneof(fc.integer({ min: -3, max: 2000 }), fc.constantFrom(9_000_000, 2 ** 31, 9e15, Number.NaN)).map((c) => `<text:s text:c="${c}"/>`),
      fc.constantFrom('<text:tab/>', '<text:line-break/>', '<text:s/>', '<text:span>Leder:</text:span>', '&bogus;'),
      fc.integer({ min: 1, max: Math.max(1, 30_000 * scale) }).map((k) => '<text:s text:c="9000000"/>'.repeat(k)),
      fc.integer({ min: 2, max: 300 }).map((k) => `${'<text:span>'.repeat(k)}x${'</text:span>'.repeat(k)}`),
    );
  const doc = fc.array(fc.array(span, { maxLength: 8 }), { maxLength: 20 }).map((ps) => ps
    .map((p) => (ext === 'docx' ? `<w:p>${p.join('')}</w:p>` : `<text:p>${p.join('')}</text:p>`)).join(''));
  const [head, tail, entries, main] = ext === 'docx' ? [DOCX_HEAD, DOCX_TAIL, docxEntries, 'word/document.xml'] : [ODT_HEAD, ODT_TAIL, odtEntries, 'content.xml'];
  const plain = doc.map((inner) => ({ name, bytes: writeZip(entries(head + inner + tail)), label: `${ext}, ${inner.length} chars of XML` }));
  const bomb = fc.tuple(fc.integer({ min: 1, max: Math.max(1, Math.round(60 * scale)) }), fc.boolean())
    .map(([mb, lie]) => ({ name, label: `${ext} bomb, ${mb} MB${lie ? ', size lied' : ''}`,
      bytes: writeZip([...entries(head + tail).filter((e) => e.name !== main), bombEntry(main, head, tail, mb, lie)]) }));
  const evil = fc.constantFrom(...EVIL_NAMES).map((evilName) => ({ name, label: `${ext}, entry ${evilName}`, bytes: writeZip([...entries(head + tail), { name: evilName, data: 'x' }]) }));
  const dtd = fc.constant({ name, label: `${ext}, DTD entities`,
    bytes: writeZip(entries(head.replace('?>', '?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>') + tail)) });
  return sometimesDamaged(fc.oneof({ arbitrary: plain, weight: 8 }, { arbitrary: bomb, weight: 1 }, { arbitrary: evil, weight: 1 }, { arbitrary: dtd, weight: 1 }));
}

function rtfFiles(scale: number): fc.Arbitrary<FuzzFile> {
  const token = fc.oneof(
    fc.constantFrom('{', '}', '\\par ', '\\line ', '\\tab ', "\\'e6", "\\'", '\\u230?', '\\u-3912?', '\\u99999999 ', '\\uc0 ', '\\uc9 ',
      '\\ansicpg932 ', '\\ansicpg99999 ', '{\\*\\footnote x}', '\\bin99999999 ', '\\cell ', '\\row ', '\\\\', '\\', 'Leder: ja'),
    fc.tuple(fc.constantFrom('{', '}', '{\\b ', '\\par ', ' '), fc.integer({ min: 2, max: Math.max(2, 50_000 * scale) })).map(([t, k]) => t.repeat(k)),
  );
  return sometimesDamaged(fc.tuple(fc.array(token, { maxLength: 40 }), fc.boolean()).map(([ts, close]) => {
    const s = `{\\rtf1\\ansi ${ts.join('')}${close ? '}' : ''}`;
    return { name: 'Case 01 - Leder.rtf', bytes: new Uint8Array(Buffer.from(s, 'latin1')), label: `rtf, ${ts.length} tokens, ${s.length} chars` };
  }));
}

function txtFiles(scale: number): fc.Arbitrary<FuzzFile> {
  return sometimesDamaged(fc.tuple(transcript(scale), fc.constantFrom('utf8', 'bom', 'latin1', 'utf16le')).map(([s, how]) => {
    const bytes = how === 'utf16le' ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])
      : how === 'latin1' ? Buffer.from(s, 'latin1') : Buffer.from((how === 'bom' ? '\ufeff' : '') + s, 'utf8');
    return { name: 'Case 01 - Leder.txt', bytes: new Uint8Array(bytes), label: `txt, ${s.length} chars, ${how}` };
  }));
}

/** One arbitrary per importer. */
export function hostileFiles(scale = 1): Record<Importer, fc.Arbitrary<FuzzFile>> {
  return {
    txt: txtFiles(scale), vtt: cueFiles('vtt', scale), srt: cueFiles('srt', scale),
    docx: zipFiles('docx', scale), odt: zipFiles('odt', scale), rtf: rtfFiles(scale),
  };
}
