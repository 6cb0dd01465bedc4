import mammoth from 'mammoth';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Segment } from '../../../src/cmo/model';
import { listQuotes, prepareQuotes } from '../../../src/cmo/quotes';
import { quotesToDocx } from '../../../src/export/quotesDocx';
import { exportQuotes } from '../../../src/export/quotesExport';
import type { Service } from '../../../src/service/service';
import { NOW, makeSource, nfaProject, rmTmp, withData } from '../helpers';
import { fixture } from '../cmo/fixture';
import { buildProject, fromB64, T } from './setup';

const html = async (b64: string) => (await mammoth.convertToHtml({ buffer: fromB64(b64) })).value;
const raw = async (b64: string) => (await mammoth.extractRawText({ buffer: fromB64(b64) })).value;

describe('quotes → .docx in the report’s style', () => {
  const p = fixture();

  it('has every quote in ”…” and its attribution on the paragraph after it', async () => {
    const quotes = listQuotes(p, {});
    // the fixture codes one interviewer question: a report export refuses it unless allowed (tests/unit/speakers)
    await expect(exportQuotes(p, { format: 'docx' })).rejects.toThrow(/interviewerens tale/);
    const f = await exportQuotes(p, { format: 'docx', allowUnattributed: true });
    const text = await raw(f.dataBase64);
    const paras = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    for (const q of quotes) {
      const i = paras.indexOf(`”${q.reportText}”`);
      expect(i, q.reportText).toBeGreaterThan(0);
      expect(paras[i + 1]).toBe(q.attribution);
    }
    // a quote with two PT points stands under both
    expect(paras.filter((l) => l === '”vi lavede en skriftlig aftale”')).toHaveLength(2);
  });

  it('a heading per PT point in template order, its hypothesis in a short line (style Hypotese)', async () => {
    const f = await exportQuotes(p, { format: 'docx', title: null, allowUnattributed: true });
    const h = await html(f.dataBase64);
    const headings = [...h.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual([
      '#1 AF adresserer MSB og psykisk arbejdsmiljø',
      '#3a Arbejdstid flyttes til hjælp, vejledning og kontrolbesøg',
      '#4a Kompetent hjælp og vejledning – ekspertpositionering',
      '#9 Skriftlige aftaler',
      '#11 Tidsfrist på tre eller seks måneder',
    ]);
    const pt = p.programmeTheory.points.find((x) => x.id === '#11')!;
    expect(h).toContain(
      `<h2>#11 Tidsfrist på tre eller seks måneder</h2><p>K: ${pt.context} · M: ${pt.mechanism} · O: ${pt.outcome}</p>`,
    );
  });

  it('limits to the chosen PT points, and writes provenance as footnotes when asked', async () => {
    const f = await exportQuotes(p, { format: 'docx', pts: ['11'], footnotes: true });
    const h = await html(f.dataBase64);
    expect([...h.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1])).toEqual(['#11 Tidsfrist på tre eller seks måneder']);
    expect(h).toMatch(/”tre måneder til at løse det”<sup><a href="#footnote-1"/);
    expect(h).toMatch(/Kilde: Case 1 leder, tegn \d+–\d+/);
    const plain = await exportQuotes(p, { format: 'docx', pts: ['11'] });
    expect(await html(plain.dataBase64)).not.toContain('footnote');
  });

  it('named styles: quotes Citat, the attribution the character style Citatkilde, headings Heading', async () => {
    const f = await exportQuotes(p, { format: 'docx', allowUnattributed: true });
    const zip = await JSZip.loadAsync(fromB64(f.dataBase64));
    const doc = await zip.file('word/document.xml')!.async('string');
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Citat"[^>]*>\s*<w:name w:val="Citat"\/>/);
    expect(styles).toMatch(/<w:style w:type="character" w:styleId="Citatkilde"[^>]*>\s*<w:name w:val="Citatkilde"\/>/);
    const quotePara = doc.match(/<w:p>(?:(?!<\/w:p>).)*”vi lavede en skriftlig aftale”(?:(?!<\/w:p>).)*<\/w:p>/s)![0];
    expect(quotePara).toContain('<w:pStyle w:val="Citat"/>');
    // no direct formatting of the quote: no indent, spacing, italics or size on the paragraph or its runs
    expect(quotePara).not.toMatch(/<w:ind |<w:spacing |<w:i\/>|<w:sz /);
    expect(doc).toContain('<w:rStyle w:val="Citatkilde"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc).toContain('<w:pStyle w:val="Heading2"/>');
    expect(doc).toContain('<w:pStyle w:val="Hypotese"/>');
  });

  it('--inline puts the attribution after the closing mark; English projects get Quote', async () => {
    const en = { ...p, language: 'en' as const };
    const f = await exportQuotes(en, { format: 'docx', pts: ['11'], inline: true });
    const paras = (await raw(f.dataBase64))
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const q = listQuotes(p, { pts: ['11'] })[0]!;
    expect(paras).toContain(`”${q.reportText}” ${q.attribution}`);
    expect(paras).not.toContain(q.attribution);
    const zip = await JSZip.loadAsync(fromB64(f.dataBase64));
    expect(await zip.file('word/styles.xml')!.async('string')).toMatch(
      /w:styleId="Quote"[^>]*>\s*<w:name w:val="Quote"\/>/,
    );
    expect(await zip.file('word/document.xml')!.async('string')).toContain('<w:rStyle w:val="QuoteAttribution"/>');
  });

  it('uses English marks when the project says so', async () => {
    const en = { ...p, quoteSettings: { attribution: '({role}, {case})', quoteMarks: 'en' as const, order: [] } };
    expect(await raw((await exportQuotes(en, { format: 'docx', pts: ['11'] })).dataBase64)).toContain(
      '“tre måneder til at løse det”',
    );
  });

  // its time is the bench's (samples/bench/metrics/quotes.ts, quotes.2000docx), not a timed unit test
  it('2,000 quotes → one .docx holding every one', async () => {
    const sentences = Array.from(
      { length: 2000 },
      (_, i) =>
        `Sætning nummer ${i} om løft, kontrolbesøg og en skriftlig aftale med en frist på tre måneder, som ` +
        `vi talte om.`,
    );
    const src = makeSource({ id: 'big', name: 'Stort interview', caseId: 'case-05', text: sentences.join('\n') });
    const pts = p.programmeTheory.points.map((x) => x.id);
    let at = 0;
    const segments = sentences.map((s, i) => {
      const start = src.text.indexOf(s, at);
      at = start + s.length;
      return Segment.parse({
        id: `b${i}`,
        sourceId: 'big',
        start,
        end: start + s.length,
        text: s,
        kind: 'CMO'[i % 3],
        pt: [pts[i % pts.length]!],
        verdict: 'supports',
        memo: '',
        coder: 'x',
        createdAt: NOW,
        updatedAt: NOW,
      });
    });
    const big = withData(nfaProject(), { sources: [src], segments });
    const pq = prepareQuotes({ ...big, pseudonyms: [{ name: 'Jens Hansen', replacement: '[lederen]' }] }, {});
    const buf = await quotesToDocx(pq, { footnotes: true });
    expect(pq.quotes).toHaveLength(2000);
    const xml = await raw(buf.toString('base64'));
    expect(xml).toContain('Sætning nummer 0 om løft');
    expect(xml).toContain('Sætning nummer 1999 om løft');
  });
});

describe('docx from the service, read back for every quote and attribution', () => {
  let svc: Service, dir: string;
  beforeAll(async () => {
    ({ svc, dir } = await buildProject());
  });
  afterAll(() => rmTmp(dir));

  it('PT #10 reads like the report: quote in ”…”, (Rolle, case N) below', async () => {
    const f = await svc.call('quotes.export', { format: 'docx', pts: ['#10'] });
    expect(f.fileName).toBe('citater-#10.docx'.replace('#', ''));
    const paras = (await raw(f.dataBase64))
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const i = paras.indexOf(`”${T.c3b}”`);
    expect(paras[i + 1]).toBe('(Arbejdsmiljørepræsentant, case 3)');
    const quotes = await svc.call('quotes.list', { pts: ['#10'] });
    expect(quotes).toHaveLength(2);
    for (const q of quotes) expect(paras[paras.indexOf(`”${q.reportText}”`) + 1]).toBe(q.attribution);
  });
});
