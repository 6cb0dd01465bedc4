/** Bounded work on a .qdpx built to be slow (qa-refi, 7 Dec): mapping each took ~2 minutes before its fix. */
import { describe, expect, it } from 'vitest';
import { readQdpx } from '../../../src/refi/qdpxRead';
import { refiToProject } from '../../../src/refi/qdpxMap';
import { nfaProject, NOW } from '../helpers';
import { G, qdpx } from './qdpx-helpers';

const N = 60_000;
const head =
  '<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="MAXQDA">' +
  `<Users><User guid="${G(91)}" name="Anna"/></Users>` +
  `<CodeBook><Codes><Code guid="${G(2)}" name="Kaffe" isCodable="true"/></Codes></CodeBook>`;
const source = (inner: string) =>
  `<Sources><TextSource guid="${G(9)}" name="kilde" plainTextPath="internal://${G(9)}.txt">` +
  `<PlainTextSelection guid="${G(10)}" startPosition="0" endPosition="5">${inner}</PlainTextSelection>` +
  '</TextSource></Sources>';
const coding = (i: number, extra = '') =>
  `<Coding guid="${G(100_000 + i)}" creatingUser="${G(91)}"><CodeRef targetGUID="${G(2)}"/>${extra}</Coding>`;

async function timed(xml: string) {
  const buf = await qdpx({ 'project.qde': xml, [`sources/${G(9)}.txt`]: 'Leder: hej med dig\n' });
  const read = readQdpx(buf, 'stor.qdpx'); // the XML parser's own time is linear, and not ours to measure
  const t0 = performance.now();
  const out = refiToProject(read, nfaProject(), NOW);
  return { ...out, ms: performance.now() - t0 };
}

describe('a .qdpx made to be slow opens in linear time', () => {
  it(`one selection with ${N} codings, each with a note`, async () => {
    const notes = `<Notes><Note guid="${G(70)}" name="n"><PlainTextContent>note</PlainTextContent></Note></Notes>`;
    const codings = Array.from({ length: N }, (_, i) => coding(i, `<NoteRef targetGUID="${G(70)}"/>`)).join('');
    const { project, report, ms } = await timed(head + source(codings) + notes + '</Project>');
    expect(report.codings).toBe(N);
    expect(project.segments).toHaveLength(1);
    expect(project.segments[0]!.memo).toBe('note');
    expect(ms).toBeLessThan(3000);
  }, 60_000);

  it(`${N} links from one note to one selection`, async () => {
    const notes = `<Notes><Note guid="${G(70)}" name="n"><PlainTextContent>note</PlainTextContent></Note></Notes>`;
    const links = Array.from(
      { length: N },
      (_, i) => `<Link guid="${G(200_000 + i)}" originGUID="${G(70)}" targetGUID="${G(10)}"/>`,
    ).join('');
    const { project, ms } = await timed(head + source(coding(0)) + notes + `<Links>${links}</Links></Project>`);
    expect(project.segments[0]!.memo).toBe('note');
    expect(ms).toBeLessThan(3000);
  }, 60_000);
});
