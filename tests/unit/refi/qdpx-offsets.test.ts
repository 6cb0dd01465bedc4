import { describe, expect, it } from 'vitest';
import { normalizeWithMap, codePointIndex, toCodePoints } from '../../../src/refi/offsets';
import { normalizeText } from '../../../src/cmo/text';
import { projectFromQdpx } from '../../../src/refi/qdpxImport';
import { nfaProject, NOW } from '../helpers';
import { G, qdpx, qde } from './qdpx-helpers';

const RAW =
  'Første linje med e\u0301n kaffe 😀 og mere.\r\nAnden linje: 😀😀 noget vigtigt her.\r\nTredje linje   ' +
  '\r\nSidste linje.';
const cp = (s: string) => [...s].length;
const cpAt = (sub: string) => cp(RAW.slice(0, RAW.indexOf(sub)));

describe('offsets through our normalisation', () => {
  it('maps every raw index onto the normalised text (CRLF, NFC, trailing spaces)', () => {
    const m = normalizeWithMap(RAW);
    expect(m.text).toBe(normalizeText(RAW));
    const cut = (sub: string) => {
      const s = RAW.indexOf(sub);
      return m.text.slice(m.map[s], m.map[s + sub.length]);
    };
    expect(cut('e\u0301n kaffe 😀 og')).toBe('én kaffe 😀 og');
    expect(cut('Tredje linje   ')).toBe('Tredje linje');
    expect(cut('Anden linje')).toBe('Anden linje');
    expect(m.map[RAW.length]).toBe(m.text.length);
  });
  it('text NFC composes across characters (Hangul jamo) still comes out as stored, in linear time', () => {
    const raw = ('\u1100\u1161 x\r\n' + 'e\u0301 '.repeat(50) + '\n').repeat(10_000);
    const t0 = performance.now();
    const m = normalizeWithMap(raw);
    expect(m.text).toBe(normalizeText(raw));
    expect(m.map[raw.length]).toBe(m.text.length);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
  it('code points → UTF-16 and back', () => {
    const toU = codePointIndex(RAW);
    expect(toU(cpAt('noget'))).toBe(RAW.indexOf('noget'));
    const text = 'a😀b';
    expect(toCodePoints(text)(3)).toBe(2);
    expect(codePointIndex(text)(2)).toBe(3);
  });
});

describe('tiny .qdpx files: code points vs UTF-16 units', () => {
  const body = (bom: boolean) => (bom ? '\uFEFF' : '') + RAW;
  it('MAXQDA (code points, BOM, CRLF, decomposed é, emoji) lands on the same text, normalised', async () => {
    const sub = 'noget vigtigt her';
    const xml = qde('MAXQDA 24', [
      [11, cpAt('e\u0301n kaffe'), cpAt('e\u0301n kaffe') + cp('e\u0301n kaffe 😀 og'), 2],
      [12, cpAt(sub), cpAt(sub) + cp(sub), 3],
      [13, cpAt(sub), cpAt(sub) + cp(sub), 2],
    ]);
    const buf = await qdpx({ 'project.qde': xml, [`sources/${G(9)}.txt`]: body(true) });
    const { project, report } = projectFromQdpx(buf, 't.qdpx', nfaProject(), NOW);
    expect(report.offsets).toBe('codepoints');
    const src = project.sources[0]!;
    expect(src.text).toBe(normalizeText(RAW));
    expect(/[\r\uFEFF]/.test(src.text)).toBe(false);
    expect(project.segments.map((s) => s.text).sort()).toEqual(['noget vigtigt her', 'én kaffe 😀 og']);
    // the same range coded twice by the same coder → one segment with both codes
    const twice = project.segments.find((s) => s.text === sub)!;
    expect(twice.codes.sort()).toEqual([G(2), G(3)].sort());
    expect(report.segments).toBe(2);
    expect(report.codings).toBe(3);
  });
  it('an NVivo file counts UTF-16 units (emoji are two), and different coders stay apart', async () => {
    const sub = 'noget vigtigt her';
    const u = RAW.indexOf(sub);
    const xml = qde('NVivo for Windows 12.6', [
      [11, u, u + sub.length, 2, 91],
      [12, u, u + sub.length, 3, 91],
      [13, u, u + sub.length, 3, 92],
    ]);
    const { project, report } = projectFromQdpx(
      await qdpx({ 'project.qde': xml, [`Sources/${G(9)}.txt`]: body(true) }),
      't.qdpx',
      nfaProject(),
      NOW,
    );
    expect(report.offsets).toBe('utf16');
    expect(project.segments.map((s) => [s.text, s.coder, s.codes.length]).sort()).toEqual([
      [sub, 'Anna', 2],
      [sub, 'Bo', 1],
    ]);
    // read as code points, the same numbers would be off by the three emoji before it
    const asCp = projectFromQdpx(
      await qdpx({
        'project.qde': xml.replace('NVivo for Windows 12.6', 'MAXQDA'),
        [`sources/${G(9)}.txt`]: body(false),
      }),
      't.qdpx',
      nfaProject(),
      NOW,
    );
    expect(asCp.project.segments[0]!.text).not.toBe(sub);
  });
  it('keeps the codebook: hierarchy, colour, description, isCodable; users become coders', async () => {
    const { project } = projectFromQdpx(
      await qdpx({ 'project.qde': qde('X', [[11, 0, 6, 2]]), [`sources/${G(9)}.txt`]: RAW }),
      't.qdpx',
      nfaProject(),
      NOW,
    );
    const tema = project.codes.find((c) => c.name === 'Tema')!;
    expect(tema).toMatchObject({ codable: false, color: '#FF0000', description: 'Rammen', parentId: null });
    expect(project.codes.find((c) => c.name === 'Kaffe')!.parentId).toBe(tema.id);
    expect(project.coders.map((c) => c.name)).toEqual(['Anna', 'Bo']);
  });
});
