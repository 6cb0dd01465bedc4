/**
 * fast-check generators for the zip-based and XML formats: .docx, .odt, .qdpx (and its .qdc
 * codebook), spreadsheets. Each is a real package built from generated parts — paragraphs, runs,
 * spaces with huge counts, deep nesting, codes with duplicate or missing GUIDs, selections beyond
 * the text — plus zip bombs (a part that inflates far beyond its size, or claims a wrong size).
 */
import fc from 'fast-check';
import { zip, type ZipEntryIn } from './zip';
import { big, run, text, withDamage, type FuzzFile } from './genText';

const xmlEscape = (s: string) =>
  s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
/** Sometimes the raw string, unescaped: the XML parser must refuse it, not crash. */
const xmlText = fc.oneof({ arbitrary: text.map(xmlEscape), weight: 9 }, { arbitrary: text, weight: 1 });

/** A part that inflates to many MB from a few KB, or one whose stated size is a lie. */
const bomb = fc.tuple(fc.integer({ min: big(5), max: big(60) }), fc.boolean()).map(([mb, lie]) => ({ mb, lie }));
const bombPart = (name: string, wrap: (inner: string) => string, mb: number, lie: boolean): ZipEntryIn => ({
  name,
  data: wrap('a'.repeat(mb * 1024 * 1024)),
  ...(lie ? { claimSize: 1000 } : {}),
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const wordRun = fc.oneof(
  { arbitrary: xmlText.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`), weight: 8 },
  {
    arbitrary: fc.constantFrom(
      '<w:r><w:tab/></w:r>',
      '<w:r><w:br/></w:r>',
      '<w:r><w:cr/></w:r>',
      '<w:r><w:t/></w:r>',
      '<w:r><w:rPr><w:b/></w:rPr><w:t>Leder:</w:t></w:r>',
      '<w:ins><w:r><w:t>ny</w:t></w:r></w:ins>',
      '<w:del><w:r><w:delText>væk</w:delText></w:r></w:del>',
      '<w:r><w:footnoteReference w:id="1"/></w:r>',
      '<w:r><w:t>&#0;</w:t></w:r>',
      '<w:r><w:t>&bogus;</w:t></w:r>',
    ),
    weight: 2,
  },
  { arbitrary: run(['<w:r><w:t>a</w:t></w:r>', '<w:r><w:tab/></w:r>'], 5000), weight: 1 },
);
const para = fc.array(wordRun, { maxLength: 12 }).map((rs) => `<w:p>${rs.join('')}</w:p>`);
const table = fc.array(para, { maxLength: 4 }).map((ps) => `<w:tbl><w:tr><w:tc>${ps.join('')}</w:tc></w:tr></w:tbl>`);
const deep = fc
  .integer({ min: 10, max: big(20_000) })
  .map((n) => `${'<w:tbl><w:tr><w:tc>'.repeat(n)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(n)}`);
const body = fc.array(
  fc.oneof({ arbitrary: para, weight: 8 }, { arbitrary: table, weight: 1 }, { arbitrary: deep, weight: 1 }),
  { maxLength: 40 },
);

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Override PartName="/word/document.xml" ' +
  'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
  'Target="word/document.xml"/></Relationships>';
const docxXml = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${inner}</w:body></w:document>`;

export const docxFile: fc.Arbitrary<FuzzFile> = withDamage(
  fc.oneof(
    {
      arbitrary: fc
        .tuple(body, fc.constantFrom('all', 'all', 'all', 'no-types', 'no-rels', 'no-doc'))
        .map(([ps, parts]) => {
          const entries: ZipEntryIn[] = [];
          if (parts !== 'no-types') entries.push({ name: '[Content_Types].xml', data: CONTENT_TYPES });
          if (parts !== 'no-rels') entries.push({ name: '_rels/.rels', data: RELS });
          if (parts !== 'no-doc') entries.push({ name: 'word/document.xml', data: docxXml(ps.join('')) });
          return { name: 'Case 01 - Leder.docx', bytes: zip(entries), label: `docx, ${ps.length} blocks, ${parts}` };
        }),
      weight: 12,
    },
    {
      arbitrary: bomb.map(({ mb, lie }) => ({
        name: 'Case 01 - Leder.docx',
        label: `docx bomb, ${mb} MB inflated${lie ? ', size lied' : ''}`,
        bytes: zip([
          { name: '[Content_Types].xml', data: CONTENT_TYPES },
          { name: '_rels/.rels', data: RELS },
          bombPart('word/document.xml', (a) => docxXml(`<w:p><w:r><w:t>${a}</w:t></w:r></w:p>`), mb, lie),
        ]),
      })),
      weight: 1,
    },
  ),
);

const T =
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"';
const odtSpan = fc.oneof(
  { arbitrary: xmlText, weight: 8 },
  {
    arbitrary: fc
      .oneof(fc.integer({ min: -5, max: 100 }), fc.integer({ min: 1000, max: 2_000_000_000 }), fc.constant(9e15))
      .map((c) => `<text:s text:c="${c}"/>`),
    weight: 2,
  },
  {
    arbitrary: fc.constantFrom(
      '<text:s/>',
      '<text:s text:c="x"/>',
      '<text:tab/>',
      '<text:line-break/>',
      '<text:soft-page-break/>',
      '<text:note><text:note-body><text:p>fodnote</text:p></text:note-body></text:note>',
      '<text:span>Leder:</text:span>',
    ),
    weight: 2,
  },
  {
    arbitrary: fc
      .integer({ min: 10, max: big(20_000) })
      .map((n) => `${'<text:span>'.repeat(n)}x${'</text:span>'.repeat(n)}`),
    weight: 1,
  },
);
const odtBody = fc.array(
  fc.array(odtSpan, { maxLength: 10 }).map((s) => `<text:p>${s.join('')}</text:p>`),
  { maxLength: 40 },
);
const odtXml = (inner: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${T}>` +
  `<office:body><office:text>${inner}</office:text></office:body>` +
  `</office:document-content>`;

export const odtFile: fc.Arbitrary<FuzzFile> = withDamage(
  fc.oneof(
    {
      arbitrary: fc.tuple(odtBody, fc.boolean()).map(([ps, mime]) => ({
        name: 'Case 01 - Leder.odt',
        label: `odt, ${ps.length} paragraphs`,
        bytes: zip([
          ...(mime ? [{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true }] : []),
          { name: 'content.xml', data: odtXml(ps.join('')) },
        ]),
      })),
      weight: 12,
    },
    {
      arbitrary: bomb.map(({ mb, lie }) => ({
        name: 'Case 01 - Leder.odt',
        label: `odt bomb, ${mb} MB inflated${lie ? ', size lied' : ''}`,
        bytes: zip([
          { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
          bombPart('content.xml', (a) => odtXml(`<text:p>${a}</text:p>`), mb, lie),
        ]),
      })),
      weight: 1,
    },
  ),
);

const guidNo = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const guid = fc.oneof(
  { arbitrary: fc.uuid(), weight: 6 },
  { arbitrary: fc.constantFrom('', 'x', '{not-a-guid}', '00000000-0000-0000-0000-000000000000'), weight: 1 },
);
const attrName = xmlText.map((s) => s.replace(/\n/g, ' ').slice(0, 60));

/** A codebook tree: codes with names, GUIDs (sometimes repeated or missing), nesting. */
const codeTree: fc.Arbitrary<string> = fc.letrec<{ code: string; codes: string }>((tie) => ({
  code: fc
    .tuple(
      guid,
      attrName,
      fc.constantFrom('true', 'false', 'ja', ''),
      fc.option(fc.constantFrom('#ff0000', '#FFF', 'red', '#12345G')),
      tie('codes'),
    )
    .map(
      ([g, n, c, color, kids]) =>
        `<Code guid="${g}" name="${n}" isCodable="${c}"${color ? ` color="${color}"` : ''}>${kids}</Code>`,
    ),
  codes: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(''),
    fc.array(tie('code'), { maxLength: 5 }).map((a) => a.join('')),
  ),
})).codes;
const manyCodes = fc
  .integer({ min: big(500), max: big(20_000) })
  .map((n) =>
    Array.from({ length: n }, (_, i) => `<Code guid="${guidNo(i)}" name="kode ${i % 1000}" isCodable="true"/>`).join(
      '',
    ),
  );
const deepCodes = fc
  .integer({ min: 50, max: big(20_000) })
  .map((n) => `${'<Code guid="g" name="x" isCodable="true">'.repeat(n)}${'</Code>'.repeat(n)}`);
export const codesXml = fc.oneof(
  { arbitrary: codeTree, weight: 30 },
  { arbitrary: manyCodes, weight: 1 },
  { arbitrary: deepCodes, weight: 1 },
);

export const qdcFile: fc.Arbitrary<FuzzFile> = withDamage(
  codesXml.map((codes) => {
    const s =
      `<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="fuzz">` +
      `<Codes>${codes}</Codes></CodeBook>`;
    return { name: 'kodebog.qdc', bytes: new TextEncoder().encode(s), label: `qdc, ${s.length} chars` };
  }),
);

const selection = fc
  .tuple(guid, fc.integer({ min: -10, max: 5000 }), fc.integer({ min: -10, max: 5000 }), guid, fc.uuid())
  .map(
    ([g, a, b, code, c]) =>
      `<PlainTextSelection guid="${g}" startPosition="${a}" endPosition="${b}">` +
      `<Coding guid="${c}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`,
  );
const pathOf = (where: string, g: string) => (where === 'absolute' ? 'absolute:///etc/passwd' : `internal://${g}.txt`);
const textSource = fc
  .tuple(
    guid,
    attrName,
    text,
    fc.array(selection, { maxLength: 20 }),
    fc.constantFrom('internal', 'missing', 'absolute'),
  )
  .map(([g, n, t, sels, where]) => ({
    g,
    t,
    where,
    xml: `<TextSource guid="${g}" name="${n}" plainTextPath="${pathOf(where, g)}">${sels.join('')}</TextSource>`,
  }));

/** A .qdpx: project.qde (codebook, sources with selections) and the sources' texts. */
export const qdpxFile: fc.Arbitrary<FuzzFile> = withDamage(
  fc.oneof(
    {
      arbitrary: fc
        .tuple(codesXml, fc.array(textSource, { maxLength: 6 }), fc.boolean())
        .map(([codes, srcs, users]) => {
          const qde =
            `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" ` +
            `name="fuzz" origin="fuzz">` +
            `${users ? '<Users><User guid="u1" name="Ana"/></Users>' : ''}<CodeBook>` +
            `<Codes>${codes}</Codes></CodeBook>` +
            `<Sources>${srcs.map((s) => s.xml).join('')}</Sources></Project>`;
          const entries: ZipEntryIn[] = [
            { name: 'project.qde', data: qde },
            ...srcs.filter((s) => s.where === 'internal').map((s) => ({ name: `sources/${s.g}.txt`, data: s.t })),
          ];
          return {
            name: 'projekt.qdpx',
            bytes: zip(entries),
            label: `qdpx, ${srcs.length} sources, ${qde.length} chars`,
          };
        }),
      weight: 12,
    },
    {
      arbitrary: bomb.map(({ mb, lie }) => ({
        name: 'projekt.qdpx',
        label: `qdpx bomb, ${mb} MB${lie ? ', size lied' : ''}`,
        bytes: zip([
          {
            name: 'project.qde',
            data:
              '<Project xmlns="urn:QDA-XML:project:1.0" name="b"><Sources><TextSource ' +
              'guid="a" name="a" plainTextPath="internal://a.txt"/></Sources></Project>',
          },
          bombPart('sources/a.txt', (a) => a, mb, lie),
        ]),
      })),
      weight: 1,
    },
  ),
);

/** An .xlsx coding sheet: one worksheet of inline strings, made from the given rows. */
export function xlsxOf(rows: string[][]): Uint8Array {
  const cell = (v: string, c: number, r: number) =>
    `<c r="${String.fromCharCode(65 + (c % 26))}${r}" t="inlineStr"><is><t>${xmlEscape(v)}</t></is></c>`;
  const SML = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const sheet = `<?xml version="1.0"?><worksheet xmlns="${SML}"><sheetData>${rows
    .map((row, r) => `<row r="${r + 1}">${row.map((v, c) => cell(v, c, r + 1)).join('')}</row>`)
    .join('')}</sheetData></worksheet>`;
  const ns = 'http://schemas.openxmlformats.org';
  return zip([
    {
      name: '[Content_Types].xml',
      data:
        `<?xml version="1.0"?><Types xmlns="${ns}/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data:
        `<?xml version="1.0"?><Relationships xmlns="${ns}/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" ` +
        `Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data:
        `<?xml version="1.0"?><workbook xmlns="${ns}/spreadsheetml/2006/main" ` +
        `xmlns:r="${ns}/officeDocument/2006/relationships">` +
        '<sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `<?xml version="1.0"?><Relationships xmlns="${ns}/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" ` +
        `Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: 'xl/worksheets/sheet1.xml', data: sheet },
  ]);
}
