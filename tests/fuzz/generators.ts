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
import {
  DOCX_HEAD,
  DOCX_TAIL,
  ODT_HEAD,
  ODT_TAIL,
  docxEntries,
  odtEntries,
  writeZip,
  type ZipEntrySpec,
} from './zipWriter';

export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
  label: string;
}
export type Importer = 'txt' | 'vtt' | 'srt' | 'docx' | 'odt' | 'rtf';

const enc = new TextEncoder();
const LABELS = ['Interviewer:', 'Leder:', 'IP:', '[Leder]', '**Leder:**', 'Leder (00:01:02):', '12:05 Leder:', ''];
const WORDS = [
  'ja',
  'nej',
  'æøå',
  'ÆØÅ',
  'e\u0301',
  'hej.',
  '“citat”',
  '…',
  '\u{1F600}',
  '&',
  '<',
  '>',
  '\u0000',
  '\ud800',
  ':',
];
const BLANKS = [' ', '\t', '\u00a0', ' \t', '\u2028', '\r', '\r\n', '\n'];

/** A line of a transcript, sometimes with a very long run of blanks in it. */
function line(scale: number) {
  return fc
    .tuple(
      fc.constantFrom(...LABELS),
      fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }),
      fc.oneof(
        { arbitrary: fc.constant(1), weight: 4 },
        { arbitrary: fc.integer({ min: 2, max: Math.max(2, 200_000 * scale) }), weight: 1 },
      ),
      fc.constantFrom(...BLANKS),
    )
    .map(([label, w, n, blank]) => `${label} ${w.slice(0, 4).join(' ')}${blank.repeat(n)}${w.slice(4).join(' ')}`);
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
const sometimesDamaged = (a: fc.Arbitrary<FuzzFile>) =>
  fc.oneof({ arbitrary: a, weight: 4 }, { arbitrary: a.chain(damaged), weight: 1 });
const p2 = (n: number) => String(n).padStart(2, '0');
const escXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function cueFiles(ext: 'vtt' | 'srt', scale: number): fc.Arbitrary<FuzzFile> {
  const sep = ext === 'vtt' ? '.' : ',';
  const stamp = (s: number) => `${p2(Math.floor(s / 3600))}:${p2(Math.floor(s / 60) % 60)}:${p2(s % 60)}${sep}000`;
  const voices = fc.constantFrom('<v>', '<v >', '<v\t>', '<v Leder>', '<v.loud IP>', '<v', '</v>', '');
  const tags = fc.constantFrom('<c>', '<c.x>', '<i>', '<b>', '<v A>', '<00:00:01.000>');
  const payload = fc.oneof(
    fc.tuple(voices, fc.array(fc.constantFrom(...WORDS), { maxLength: 6 })).map(([v, w]) => `${v}${w.join(' ')}`),
    fc.tuple(tags, fc.integer({ min: 1, max: Math.max(1, 200_000 * scale) })).map(([t, k]) => `${t.repeat(k)}dybt`),
  );
  const few = fc.array(payload, { minLength: 1, maxLength: 40 });
  const many = fc
    .tuple(fc.integer({ min: 100, max: Math.max(100, 80_000 * scale) }), fc.constantFrom('<v Leder>', '<v>', 'Leder: '))
    .map(([k, v]) => Array.from({ length: k }, (_, i) => `${v}ord ${i}`));
  const cues = fc.oneof({ arbitrary: few, weight: 5 }, { arbitrary: many, weight: 1 });
  return sometimesDamaged(
    fc.tuple(cues, fc.boolean()).map(([texts, header]) => {
      const cue = (t: string, i: number) =>
        `${ext === 'srt' ? `${i + 1}\n` : ''}${stamp(i)} --> ${stamp(i + 1)}\n${t}\n`;
      const s = `${ext === 'vtt' && header ? 'WEBVTT\n\n' : ''}${texts.map(cue).join('\n')}`;
      const label = `${ext}, ${texts.length} cues, ${s.length} chars`;
      return { name: `Case 01 - Leder.${ext}`, bytes: enc.encode(s), label };
    }),
  );
}

/** A deflated entry of `mb` MB of one letter, whose header may lie about its size. */
const bombEntry = (name: string, head: string, tail: string, mb: number, lie: boolean): ZipEntrySpec => {
  const data = Buffer.from(head + 'a'.repeat(mb * 1024 * 1024) + tail);
  const deflated = { raw: zlib.deflateRawSync(data, { level: 1 }), size: data.length, crc: zlib.crc32(data) };
  return { name, deflated, ...(lie ? { declaredSize: 4096 } : {}) };
};
const EVIL_NAMES = ['../../x.xml', '/etc/passwd', 'C:/x', 'a/../../b'];
const words = fc.array(fc.constantFrom(...WORDS, 'Leder:'), { maxLength: 5 }).map((w) => escXml(w.join(' ')));

const docxSpan = fc.oneof(
  words.map((w) => `<w:r><w:t xml:space="preserve">${w}</w:t></w:r>`),
  fc.constantFrom(
    '<w:r><w:rPr><w:b/></w:rPr><w:t>Leder:</w:t></w:r>',
    '<w:r><w:tab/></w:r>',
    '<w:r><w:br/></w:r>',
    '<w:r><w:t>&bogus;</w:t></w:r>',
    '<w:p>',
  ),
);
const docxDeep = (scale: number) =>
  fc
    .integer({ min: 2, max: Math.max(2, 2000 * scale) })
    .map((k) => `${'<w:sdt><w:sdtContent>'.repeat(k)}<w:r><w:t>x</w:t></w:r>${'</w:sdtContent></w:sdt>'.repeat(k)}`);
const odtSpan = (scale: number) =>
  fc.oneof(
    words,
    fc
      .oneof(fc.integer({ min: -3, max: 2000 }), fc.constantFrom(9_000_000, 2 ** 31, 9e15, Number.NaN))
      .map((c) => `<text:s text:c="${c}"/>`),
    fc.constantFrom('<text:tab/>', '<text:line-break/>', '<text:s/>', '<text:span>Leder:</text:span>', '&bogus;'),
    fc.integer({ min: 1, max: Math.max(1, 30_000 * scale) }).map((k) => '<text:s text:c="9000000"/>'.repeat(k)),
    fc.integer({ min: 2, max: 300 }).map((k) => `${'<text:span>'.repeat(k)}x${'</text:span>'.repeat(k)}`),
  );
const DTD = '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>';

function zipFiles(ext: 'docx' | 'odt', scale: number): fc.Arbitrary<FuzzFile> {
  const name = `Case 01 - Leder.${ext}`;
  const docx = ext === 'docx';
  const span = docx ? fc.oneof(docxSpan, docxDeep(scale)) : odtSpan(scale);
  const para = (p: string[]) => (docx ? `<w:p>${p.join('')}</w:p>` : `<text:p>${p.join('')}</text:p>`);
  const doc = fc.array(fc.array(span, { maxLength: 8 }), { maxLength: 20 }).map((ps) => ps.map(para).join(''));
  const [head, tail, entries, main] = docx
    ? [DOCX_HEAD, DOCX_TAIL, docxEntries, 'word/document.xml']
    : [ODT_HEAD, ODT_TAIL, odtEntries, 'content.xml'];
  const plain = doc.map((inner) => ({
    name,
    bytes: writeZip(entries(head + inner + tail)),
    label: `${ext}, ${inner.length} chars of XML`,
  }));
  const mbs = fc.integer({ min: 1, max: Math.max(1, Math.round(60 * scale)) });
  const bomb = fc.tuple(mbs, fc.boolean()).map(([mb, lie]) => ({
    name,
    label: `${ext} bomb, ${mb} MB${lie ? ', size lied' : ''}`,
    bytes: writeZip([...entries(head + tail).filter((e) => e.name !== main), bombEntry(main, head, tail, mb, lie)]),
  }));
  const evil = fc.constantFrom(...EVIL_NAMES).map((evilName) => ({
    name,
    label: `${ext}, entry ${evilName}`,
    bytes: writeZip([...entries(head + tail), { name: evilName, data: 'x' }]),
  }));
  const dtdBytes = writeZip(entries(head.replace('?>', `?>${DTD}`) + tail));
  const dtd = fc.constant({ name, label: `${ext}, DTD entities`, bytes: dtdBytes });
  return sometimesDamaged(
    fc.oneof(
      { arbitrary: plain, weight: 8 },
      { arbitrary: bomb, weight: 1 },
      { arbitrary: evil, weight: 1 },
      { arbitrary: dtd, weight: 1 },
    ),
  );
}

const RTF_TOKENS = [
  '{',
  '}',
  '\\par ',
  '\\line ',
  '\\tab ',
  "\\'e6",
  "\\'",
  '\\u230?',
  '\\u-3912?',
  '\\u99999999 ',
  '\\uc0 ',
  '\\uc9 ',
  '\\ansicpg932 ',
  '\\ansicpg99999 ',
  '{\\*\\footnote x}',
  '\\bin99999999 ',
  '\\cell ',
  '\\row ',
  '\\\\',
  '\\',
  'Leder: ja',
];

function rtfFiles(scale: number): fc.Arbitrary<FuzzFile> {
  const token = fc.oneof(
    fc.constantFrom(...RTF_TOKENS),
    fc
      .tuple(fc.constantFrom('{', '}', '{\\b ', '\\par ', ' '), fc.integer({ min: 2, max: Math.max(2, 50e3 * scale) }))
      .map(([t, k]) => t.repeat(k)),
  );
  return sometimesDamaged(
    fc.tuple(fc.array(token, { maxLength: 40 }), fc.boolean()).map(([ts, close]) => {
      const s = `{\\rtf1\\ansi ${ts.join('')}${close ? '}' : ''}`;
      const bytes = new Uint8Array(Buffer.from(s, 'latin1'));
      return { name: 'Case 01 - Leder.rtf', bytes, label: `rtf, ${ts.length} tokens, ${s.length} chars` };
    }),
  );
}

function txtFiles(scale: number): fc.Arbitrary<FuzzFile> {
  const encodings = fc.constantFrom('utf8', 'bom', 'latin1', 'utf16le');
  return sometimesDamaged(
    fc.tuple(transcript(scale), encodings).map(([s, how]) => {
      const bytes =
        how === 'utf16le'
          ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])
          : how === 'latin1'
            ? Buffer.from(s, 'latin1')
            : Buffer.from((how === 'bom' ? '\ufeff' : '') + s, 'utf8');
      return { name: 'Case 01 - Leder.txt', bytes: new Uint8Array(bytes), label: `txt, ${s.length} chars, ${how}` };
    }),
  );
}

/** One arbitrary per importer. */
export function hostileFiles(scale = 1): Record<Importer, fc.Arbitrary<FuzzFile>> {
  return {
    txt: txtFiles(scale),
    vtt: cueFiles('vtt', scale),
    srt: cueFiles('srt', scale),
    docx: zipFiles('docx', scale),
    odt: zipFiles('odt', scale),
    rtf: rtfFiles(scale),
  };
}
