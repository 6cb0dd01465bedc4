/** What a researcher met opening odd or hostile .qdpx files (qa-refi, 7 Dec): each found wrong before its fix. */
import { describe, expect, it } from 'vitest';
import { projectFromQdpx } from '../../../src/refi/qdpxImport';
import { checkIntegrity } from '../../../src/cmo/integrity';
import { Project } from '../../../src/cmo/model';
import { noticeText } from '../../../src/cmo/notice';
import { nfaProject, NOW } from '../helpers';
import { G, qdpx, qde } from './qdpx-helpers';

const open = (buf: Buffer) => projectFromQdpx(buf, 'ond.qdpx', nfaProject(), NOW);
const refusal = (buf: Buffer): string => {
  try {
    open(buf);
  } catch (e) {
    return (e as Error).message;
  }
  return '(opened)';
};
const lostCodes = (r: ReturnType<typeof open>['report']) => r.lost.map((l) => `${l.what.code}:${l.count}`);
const TEXT = 'Leder: Vi fik ro i maven på værkstedet. Æ ø å.\n';

describe('hostile .qdpx, found by qa-refi', () => {
  it('a DTD deep inside the document (past the first 100,000 characters) is refused, not expanded', async () => {
    const lol =
      '<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>';
    const xml = qde('X', []).replace(
      '</Project>',
      `<Description>${'y'.repeat(150_000)}</Description>${lol}` +
        `<Notes><Note guid="${G(70)}" name="n"><PlainTextContent>&c;</PlainTextContent></Note></Notes></Project>`,
    );
    const msg = refusal(await qdpx({ 'project.qde': xml }));
    expect(msg).toMatch(/^ond\.qdpx: .*DTD/);
  });

  it('a file of fewer than 4 bytes is refused in words, not with a RangeError (torture fuzz, seed 39877)', () => {
    for (const bytes of ['', 'P', 'PK', 'PK\x03', '<?xml'])
      expect(refusal(Buffer.from(bytes, 'latin1'))).toMatch(/^ond\.qdpx: /);
  });

  it('a truncated archive is called damaged, not "not a zip"', async () => {
    const whole = await qdpx({ 'project.qde': qde('X', []), [`sources/${G(9)}.txt`]: TEXT.repeat(400) });
    const msg = refusal(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(msg).toMatch(/^ond\.qdpx: .*(afkortet|beskadiget)/);
    expect(msg).not.toMatch(/ikke et zip-arkiv/);
  });

  it('duplicate GUIDs open as a valid project, each counted in the report', async () => {
    const xml = qde('X', [[11, 7, 9, 2]])
      .replace(
        `<Code guid="${G(3)}" name="Vigtigt"`,
        `<Code guid="${G(3)}" name="Vigtigt" isCodable="true"/><Code guid="${G(3)}" name="Igen"`,
      )
      .replace(`<User guid="${G(92)}"`, `<User guid="${G(91)}"`)
      .replace(
        '</Project>',
        `<Cases><Case guid="${G(40)}" name="Case 1"/><Case guid="${G(40)}" name="Case 2"/></Cases>` +
          `<Sets><Set guid="${G(50)}" name="A"/><Set guid="${G(50)}" name="B"/></Sets></Project>`,
      )
      .replace(
        '</Sources>',
        `<TextSource guid="${G(9)}" name="igen" plainTextPath="internal://${G(9)}.txt"/></Sources>`,
      )
      .replace('<CodeBook>', `<Variables/><CodeBook>`);
    const { project, report } = open(await qdpx({ 'project.qde': xml, [`sources/${G(9)}.txt`]: TEXT }));
    expect(Project.safeParse(project).success).toBe(true);
    expect(checkIntegrity(project)).toEqual([]);
    expect(new Set(project.coders.map((c) => c.id)).size).toBe(project.coders.length);
    expect(new Set((project.codeGroups ?? []).map((c) => c.id)).size).toBe(2);
    expect(project.codes.map((c) => c.name)).toContain('Igen');
    expect(project.cases.map((c) => c.label)).toEqual(['Case 1', 'Case 2']);
    const dup = report.lost.filter((l) => l.what.code === 'lostDuplicateGuid');
    expect(dup.map((l) => [l.what.data.element, l.count]).sort()).toEqual([
      ['Case', 1],
      ['Code', 1],
      ['Set', 1],
      ['TextSource', 1],
      ['User', 1],
    ]);
    expect(noticeText(dup[0]!.what, 'en')).toMatch(/GUID/);
  });

  it('a plain text in Windows-1252 or UTF-16 is decoded, recorded and reported, never read as �', async () => {
    const latin = Buffer.from(TEXT, 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    for (const [bytes, enc] of [
      [latin, 'windows-1252'],
      [utf16, 'utf-16le'],
    ] as const) {
      const { project, report } = open(
        await qdpx({ 'project.qde': qde('X', [[11, 28, 38, 2]]), [`sources/${G(9)}.txt`]: bytes }),
      );
      const src = project.sources[0]!;
      expect(src.text).toBe(TEXT);
      expect(src.provenance.encoding).toBe(enc);
      expect(project.segments[0]!.text).toBe('værkstedet');
      expect(lostCodes(report)).toContain('lostNotUtf8:1');
    }
  });

  it('a .qde in UTF-16 or declared ISO-8859-1 is read in that encoding', async () => {
    const body = qde('X', [])
      .replace('name="Kaffe"', 'name="Ærø"')
      .replace(/^<\?xml[^>]*\?>/, '');
    const u16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<?xml version="1.0" encoding="UTF-16"?>' + body, 'utf16le'),
    ]);
    const l1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?>' + body, 'latin1');
    for (const b of [u16, l1]) {
      const { project } = open(await qdpx({ 'project.qde': b, [`sources/${G(9)}.txt`]: TEXT }));
      expect(project.codes.map((c) => c.name)).toContain('Ærø');
    }
  });

  it('a note longer than a memo may be comes over whole, in parts', async () => {
    const long = 'æ'.repeat(250_000);
    const xml = qde('X', []).replace(
      '</Project>',
      `<Notes><Note guid="${G(70)}" name="Lang"><PlainTextContent>${long}</PlainTextContent></Note></Notes></Project>`,
    );
    const { project } = open(await qdpx({ 'project.qde': xml, [`sources/${G(9)}.txt`]: TEXT }));
    expect(Project.safeParse(project).success).toBe(true);
    expect(
      project.memos
        .map((m) => m.text)
        .join('')
        .replace('Lang\n\n', ''),
    ).toBe(long);
  });

  it('set members that do not come over (notes, sources without text) are counted', async () => {
    const xml = qde('X', []).replace(
      '</Project>',
      `<Notes><Note guid="${G(70)}" name="n"><PlainTextContent>x</PlainTextContent></Note></Notes>` +
        `<Sets><Set guid="${G(50)}" name="A"><MemberCode targetGUID="${G(2)}"/>` +
        `<MemberSource targetGUID="${G(9)}"/><MemberSource targetGUID="${G(77)}"/>` +
        `<MemberNote targetGUID="${G(70)}"/></Set></Sets></Project>`,
    );
    const { project, report } = open(await qdpx({ 'project.qde': xml, [`sources/${G(9)}.txt`]: TEXT }));
    expect(project.codeGroups![0]!.codeIds).toEqual([G(2)]);
    expect(project.codeGroups![0]!.sourceIds).toHaveLength(1);
    expect(lostCodes(report)).toContain('lostSetMember:2');
  });

  it('the report line of a missing text file or an offset past the end names the source', async () => {
    const xml = qde('X', [
      [11, 0, 5, 2],
      [12, 40, 99_999, 2],
    ]).replace(
      '</Sources>',
      `<TextSource guid="${G(8)}" name="Interview 3" plainTextPath="internal://${G(8)}.txt"/></Sources>`,
    );
    const { report } = open(await qdpx({ 'project.qde': xml, [`sources/${G(9)}.txt`]: TEXT }));
    const line = (code: string) => noticeText(report.lost.find((l) => l.what.code === code)!.what, 'en');
    expect(line('lostMissingText')).toBe(`text sources whose text is missing: "Interview 3" (internal://${G(8)}.txt)`);
    expect(line('lostOutside')).toBe(`selections outside the source's text: "kilde"`);
  });
});
