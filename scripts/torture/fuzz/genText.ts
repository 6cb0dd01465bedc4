/**
 * fast-check generators for the text-based transcript formats (.txt/.md, .vtt, .srt, .rtf): pieces
 * a transcript is made of (speaker labels, times, line ends of every kind, Danish letters, combining
 * marks, lone surrogates, control characters) mixed with long runs of one thing (spaces, tags,
 * braces, cues) — the shapes that found quadratic work and crashes before — and byte-level damage.
 */
import fc from 'fast-check';

/** One generated input file. `label` says in a few words what it is (for the slowest-input column). */
export interface FuzzFile {
  name: string;
  bytes: Uint8Array;
  label: string;
}

const enc = new TextEncoder();

/** The smoke (TORTURE_SMOKE=1) makes its big inputs a tenth as big, to fit in its minute. */
export const big = (n: number) => (process.env.TORTURE_SMOKE === '1' ? Math.max(2, Math.round(n / 10)) : n);
const PIECES = [
  'Interviewer:',
  'Leder:',
  'IP:',
  'I:',
  'Medarbejder 2:',
  'AMR:',
  '[00:01:02]',
  '(00:12)',
  '00:00:01.000',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\t',
  '\u00a0',
  '\ufeff',
  ' ',
  '  ',
  'æøå ÆØÅ',
  'é',
  'e\u0301',
  '\u{1F600}',
  '\ud800',
  '\udc00',
  '\u0000',
  '\u001b',
  '<v>',
  '<v Leder>',
  '</v>',
  '<c>',
  '</c>',
  '<b>',
  '<i>',
  '&amp;',
  '&#0;',
  '&lt;',
  '-->',
  '...',
  '”',
  '“',
  '„',
  '"',
  "'",
  '#',
  '*',
  '- ',
  '> ',
  '|',
  '\\',
  '{',
  '}',
];

export const piece = fc.oneof(
  { arbitrary: fc.constantFrom(...PIECES), weight: 6 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
);

/** A run of one thing, a few to tens of thousands long (linear work is expected of every reader). */
export const run = (things: string[], max = 20_000) =>
  fc.tuple(fc.constantFrom(...things), fc.integer({ min: 2, max: big(max) })).map(([s, n]) => s.repeat(n));

export const text = fc
  .array(
    fc.oneof(
      { arbitrary: piece, weight: 12 },
      { arbitrary: run([' ', '\t', '\u00a0', '\n', 'a', 'Leder: ', ' \n', '\u00a0\n', '\r']), weight: 1 },
    ),
    { maxLength: 80 },
  )
  .map((a) => a.join(''));

/** Byte-level damage to a file: cut short, bytes flipped, junk inserted, a slice doubled. */
export function damage(bytes: Uint8Array): fc.Arbitrary<Uint8Array> {
  const n = Math.max(1, bytes.length);
  return fc.oneof(
    fc.integer({ min: 0, max: n }).map((i) => bytes.slice(0, i)),
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((flips) => {
        const b = bytes.slice();
        for (const [i, v] of flips) if (i < b.length) b[i] = v;
        return b;
      }),
    fc
      .tuple(fc.integer({ min: 0, max: n }), fc.uint8Array({ minLength: 1, maxLength: 64 }))
      .map(([i, junk]) => new Uint8Array([...bytes.slice(0, i), ...junk, ...bytes.slice(i)])),
    fc
      .tuple(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: 200 }))
      .map(([i, len]) => new Uint8Array([...bytes.slice(0, i + len), ...bytes.slice(i)])),
  );
}

/** A structured file, sometimes damaged afterwards. */
export function withDamage(structured: fc.Arbitrary<FuzzFile>): fc.Arbitrary<FuzzFile> {
  return fc.oneof(
    { arbitrary: structured, weight: 3 },
    {
      arbitrary: structured.chain((f) =>
        damage(f.bytes).map((bytes) => ({ ...f, bytes, label: `${f.label}, damaged` })),
      ),
      weight: 1,
    },
  );
}

function encode(s: string, how: string): Uint8Array {
  if (how === 'utf16le') return new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
  if (how === 'utf16be') return new Uint8Array([0xfe, 0xff, ...Buffer.from(s, 'utf16le').swap16()]);
  if (how === 'latin1') return new Uint8Array(Buffer.from(s, 'latin1'));
  if (how === 'bom') return new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(s)]);
  return enc.encode(s);
}

const p2 = (n: number) => String(n).padStart(2, '0');

const encoding = fc.constantFrom('utf8', 'utf8', 'utf8', 'bom', 'latin1', 'utf16le', 'utf16be');

/** .txt or .md: interview text in any common encoding, or plain random bytes. */
export const plainFile = (ext: 'txt' | 'md') =>
  withDamage(
    fc.oneof(
      {
        arbitrary: fc.tuple(text, encoding).map(([s, how]) => ({
          name: `Case 01 - Leder.${ext}`,
          bytes: encode(s, how),
          label: `${ext}, ${s.length} chars, ${how}`,
        })),
        weight: 8,
      },
      {
        arbitrary: fc
          .uint8Array({ minLength: 1, maxLength: 4000 })
          .map((bytes) => ({ name: `Case 01 - Leder.${ext}`, bytes, label: `${ext}, ${bytes.length} random bytes` })),
        weight: 1,
      },
    ),
  );

const stamp = (sep: string) =>
  fc.oneof(
    {
      arbitrary: fc
        .tuple(fc.nat(99), fc.nat(59), fc.nat(59), fc.nat(999))
        .map(([h, m, s, ms]) => `${p2(h)}:${p2(m)}:${p2(s)}${sep}${String(ms).padStart(3, '0')}`),
      weight: 6,
    },
    { arbitrary: fc.tuple(fc.nat(59), fc.nat(59), fc.nat(999)).map(([m, s, ms]) => `${m}:${s}${sep}${ms}`), weight: 1 },
    { arbitrary: fc.constantFrom('99:99:99.999', '00:00:00', '-1:00:00.000', '1e9', ''), weight: 1 },
  );

/** A cue's payload: words, speaker tags with and without names, nested class tags. */
const payload = fc.oneof(
  { arbitrary: text.map((s) => s.replace(/\n\n+/g, '\n').replace(/-->/g, '')), weight: 6 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom('<v>', '<v >', '<v Leder>', '<v.loud Interviewer>', '<v IP'), text)
      .map(([v, s]) => `${v}${s.replace(/\n/g, ' ')}`),
    weight: 3,
  },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 1, max: 3000 }), fc.constantFrom('<c>', '<c.x>', '<b>', '<i>', '<u>', '<v A>'))
      .map(([n, t]) => `${t.repeat(n)}x`),
    weight: 1,
  },
);

const cue = (sep: string, numbered: boolean) =>
  fc
    .tuple(fc.nat(100000), stamp(sep), stamp(sep), payload, fc.boolean())
    .map(([i, a, b, p, id]) => `${numbered ? `${i}\n` : id ? `cue-${i}\n` : ''}${a} --> ${b}\n${p}`);

function cues(ext: 'vtt' | 'srt'): fc.Arbitrary<FuzzFile> {
  const sep = ext === 'vtt' ? '.' : ',';
  const few = fc.array(cue(sep, ext === 'srt'), { maxLength: 60 });
  // many small cues: reading them must be linear in their number
  const many = fc
    .tuple(fc.integer({ min: big(500), max: big(8000) }), fc.constantFrom('<v Leder>', '<v>', ''))
    .map(([n, v]) =>
      Array.from(
        { length: n },
        (_, i) =>
          `${ext === 'srt' ? `${i + 1}\n` : ''}00:${p2(Math.floor(i / 60) % 60)}:${p2(i % 60)}${sep}000 --> ` +
          `00:59:59${sep}000\n${v}ord ${i}`,
      ),
    );
  return withDamage(
    fc
      .tuple(
        fc.oneof({ arbitrary: few, weight: 9 }, { arbitrary: many, weight: 1 }),
        fc.constantFrom('\n\n', '\r\n\r\n', '\n \n', '\n'),
        fc.boolean(),
      )
      .map(([list, gap, header]) => {
        const s = `${ext === 'vtt' && header ? 'WEBVTT\n\n' : ''}${list.join(gap)}\n`;
        return {
          name: `Case 01 - Leder.${ext}`,
          bytes: enc.encode(s),
          label: `${ext}, ${list.length} cues, ${s.length} chars`,
        };
      }),
  );
}
export const vttFile = cues('vtt');
export const srtFile = cues('srt');

const RTF_TOKENS = [
  '{',
  '}',
  '\\par ',
  '\\line ',
  '\\tab ',
  "\\'e6",
  "\\'f8",
  "\\'",
  '\\u230?',
  '\\u-3912?',
  '\\u65535 ',
  '\\uc2 ',
  '\\uc0 ',
  '\\ansicpg1252 ',
  '\\ansicpg932 ',
  '\\ansicpg99999 ',
  '\\f0 ',
  '\\fs24 ',
  '\\b ',
  '\\b0 ',
  '{\\fonttbl{\\f0\\fcharset0 Arial;}{\\f1\\fcharset128 MS Gothic;}}',
  '{\\*\\footnote x}',
  '{\\pict\\pngblip 89504e47}',
  '\\bin8 ',
  '\\cell ',
  '\\row ',
  '\\trowd ',
  '{\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt y}}',
  '\\\\',
  '\\{',
  '\\}',
  '\\*',
  '\\-',
  '\\~',
  '\\_',
  '\\zzz ',
  '\\u',
  '\\',
];

/** .rtf: a header, then control words, groups, escapes and text; sometimes very deep nesting. */
export const rtfFile = withDamage(
  fc
    .tuple(
      fc.array(
        fc.oneof(
          { arbitrary: fc.constantFrom(...RTF_TOKENS), weight: 4 },
          { arbitrary: text, weight: 2 },
          { arbitrary: run(['{', '}', '{\\b ', '\\par ', "\\'e6"], 50_000), weight: 1 },
        ),
        { maxLength: 80 },
      ),
      fc.constantFrom(
        '{\\rtf1\\ansi\\deff0 ',
        '{\\rtf1 ',
        '{\\rtf ',
        '{\\rtf1\\mac ',
        '{\\rtf1\\ansi\\ansicpg1252\\uc1 ',
      ),
      fc.boolean(),
    )
    .map(([tokens, head, close]) => {
      const s = head + tokens.join('') + (close ? '}' : '');
      return {
        name: 'Case 01 - Leder.rtf',
        bytes: new Uint8Array(Buffer.from(s, 'latin1')),
        label: `rtf, ${tokens.length} tokens, ${s.length} chars`,
      };
    }),
);
