/**
 * fast-check generators for the CSV inputs: a codebook CSV (`path,codable,color,description`) and a
 * coding sheet (CSV or XLSX: source, quote, kind, PT …) whose quotes are sometimes real sentences
 * of the fuzz project's transcript, so the matching code runs too.
 */
import fc from 'fast-check';
import { big, piece, run, text, withDamage, type FuzzFile } from './genText';
import { xlsxOf } from './genZip';

const enc = new TextEncoder();
const field = fc.oneof(
  { arbitrary: piece, weight: 4 },
  { arbitrary: text.map((s) => s.slice(0, 200)), weight: 2 },
  {
    arbitrary: fc.constantFrom(
      '',
      '"',
      '""',
      '"a,b"',
      '"line\nbreak"',
      '=1+1',
      '#ff0000',
      '#FFF',
      'true',
      'nej',
      '0',
      'A/B/C',
      '/',
      '//',
      'a//b',
      ' / ',
      'Ramme/Kode',
    ),
    weight: 3,
  },
);

function csv(rows: string[][], sep: string): string {
  const q = (v: string) => (/[",\n\r;\t]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(q).join(sep)).join('\r\n');
}

const rows = (cols: number) => fc.array(fc.array(field, { minLength: 0, maxLength: cols + 1 }), { maxLength: 60 });

export const codebookCsvFile: fc.Arbitrary<FuzzFile> = withDamage(
  fc.oneof(
    {
      arbitrary: fc
        .tuple(
          fc.shuffledSubarray(['path', 'codable', 'color', 'description', 'x'], { minLength: 0 }),
          rows(4),
          fc.constantFrom(',', ';'),
        )
        .map(([head, body, sep]) => {
          const s = csv([head, ...body], sep);
          return { name: 'kodebog.csv', bytes: enc.encode(s), label: `codebook csv, ${body.length} rows` };
        }),
      // the big ones are rare (≈ 2 %): each costs seconds while the import is quadratic in codes
      weight: 40,
    },
    {
      arbitrary: fc.integer({ min: big(1000), max: big(20_000) }).map((n) => {
        const s = ['path,codable', ...Array.from({ length: n }, (_, i) => `Ramme ${i % 50}/Kode ${i},true`)].join('\n');
        return { name: 'kodebog.csv', bytes: enc.encode(s), label: `codebook csv, ${n} codes` };
      }),
      weight: 1,
    },
    {
      arbitrary: run(['"', ',', '\n', '""'], 50_000).map((s) => ({
        name: 'kodebog.csv',
        bytes: enc.encode(`path\n${s}`),
        label: `codebook csv, a run of ${s.length}`,
      })),
      weight: 1,
    },
  ),
);

/** A coding sheet's rows; `quotes` are sentences the fuzz project's transcript holds. */
export function sheetRows(source: string, quotes: string[]): fc.Arbitrary<string[][]> {
  const head = fc.constantFrom(
    ['Kilde', 'Citat', 'Type', 'PT', 'Vurdering', 'Memo'],
    ['source', 'quote', 'kind', 'pt'],
    ['Fil', 'Tekst', 'CMO', 'Punkt'],
    ['Kilde', 'Citat'],
    ['', '', '', ''],
    ['Kilde', 'Kilde', 'Citat', 'Type', 'PT'],
  );
  const quote = fc.oneof(
    { arbitrary: fc.constantFrom(...quotes), weight: 3 },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...quotes), fc.constantFrom(' (…) ', '-\n', '\n', '  ', '"'))
        .map(([q, x]) => q.replace(' ', x)),
      weight: 2,
    },
    { arbitrary: field, weight: 2 },
  );
  const row = fc
    .tuple(
      fc.oneof(fc.constant(source), field),
      quote,
      fc.constantFrom('C', 'M', 'O', 'K', '', 'x'),
      fc.constantFrom('#4a', '4A', '1', '#99', '', '4a, 5', 'x'),
      fc.constantFrom('bekræfter', 'supports', '', '?'),
      field,
    )
    .map((r) => [...r]);
  return fc.tuple(head, fc.array(row, { maxLength: 40 })).map(([h, body]) => [[...h], ...body]);
}

export function sheetCsvFile(source: string, quotes: string[]): fc.Arbitrary<FuzzFile> {
  return withDamage(
    fc.tuple(sheetRows(source, quotes), fc.constantFrom(',', ';', '\t')).map(([r, sep]) => {
      const s = csv(r, sep);
      return { name: 'kodeark.csv', bytes: enc.encode(s), label: `sheet csv, ${r.length} rows` };
    }),
  );
}

export function sheetXlsxFile(source: string, quotes: string[]): fc.Arbitrary<FuzzFile> {
  return withDamage(
    sheetRows(source, quotes).map((r) => ({
      name: 'kodeark.xlsx',
      bytes: xlsxOf(r),
      label: `sheet xlsx, ${r.length} rows`,
    })),
  );
}
