import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService } from '../../../src/service/service';
import { parseQdc } from '../../../src/refi/qdc';
import { DomainError } from '../../../src/cmo/errors';
import { toReply } from '../../../src/service/service';

async function blankProject() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qdc-hostile-'));
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, projectFromTemplate('blank', { id: 'p', name: 'p', now: '2026-01-01T00:00:00Z' }));
  return openService(file, { user: 't' });
}
const guid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const book = (codes: string) =>
  `<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>${codes}</Codes></CodeBook>`;
/** the refusal as the CLI and the window get it */
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return toReply(e);
  }
  throw new Error('not refused');
};

describe('.qdc import: linear in codes, every refusal one line naming the file', () => {
  it('20,000 codes (a flat list and a 2-level tree) import in seconds, not a minute', async () => {
    const flat = book(
      Array.from({ length: 20_000 }, (_, i) => `<Code guid="${guid(i)}" name="Kode ${i}" isCodable="true"/>`).join(''),
    );
    const svc = await blankProject();
    const t0 = performance.now();
    const r = await svc.call('codes.importQdc', { fileName: 'stor.qdc', xml: flat });
    const s = (performance.now() - t0) / 1000;
    expect(r).toEqual({ added: 20_000, total: 20_000 });
    expect(s).toBeLessThan(15); // 56 s before (addCodePath per code: quadratic)
    const again = await svc.call('codes.importQdc', { fileName: 'stor.qdc', xml: flat });
    expect(again).toEqual({ added: 0, total: 20_000 });
    const tree = book(
      Array.from(
        { length: 100 },
        (_, i) =>
          `<Code guid="${guid(100_000 + i)}" name="Ramme ${i}">${Array.from(
            { length: 100 },
            (_, k) => `<Code guid="${guid(i * 100 + k + 200_000)}" name="Kode ${k}"/>`,
          ).join('')}</Code>`,
      ).join(''),
    );
    const svc2 = await blankProject();
    expect(await svc2.call('codes.importQdc', { fileName: 'træ.qdc', xml: tree })).toEqual({
      added: 10_100,
      total: 10_100,
    });
    const list = await svc2.call('codes.list', {});
    expect(list.find((c) => c.path === 'Ramme 7/Kode 42')).toBeTruthy();
  }, 120_000);

  it('not XML, no CodeBook, a DTD with entities (billion laughs), too deep: each names the file', async () => {
    expect(refusal(() => parseQdc('<<<', 'a.qdc')).error).toMatch(/^a\.qdc: ikke gyldig XML/);
    expect(refusal(() => parseQdc('<nope/>', 'b.qdc')).error).toMatch(/^b\.qdc: ingen <CodeBook> i filen/);
    const lol =
      '<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY a "aaaaaaaaaa"><!ENTITY b ' +
      '"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
      '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="x" name="&c;&c;&c;"/></Codes></CodeBook>';
    expect(refusal(() => parseQdc(lol, 'lol.qdc')).error).toMatch(
      /^lol\.qdc: lol\.qdc erklærer sine egne XML-entiteter/,
    );
    const deep = book(`${'<Code name="x">'.repeat(5000)}${'</Code>'.repeat(5000)}`);
    expect(refusal(() => parseQdc(deep, 'dyb.qdc')).error).toMatch(/^dyb\.qdc: ikke gyldig XML/);
    // the same through the service: one line with the file's name, never "Intern fejl"
    const svc = await blankProject();
    const e = await svc.call('codes.importQdc', { fileName: 'lol.qdc', xml: lol }).then(
      () => null,
      (x: unknown) => toReply(x),
    );
    expect(e?.error).toMatch(/^lol\.qdc: /);
    expect(e?.kind).not.toBe('internal');
  });

  it('a GUID repeated by its own child, and entities a codebook may use (&amp;), read without a loop', async () => {
    const xml = book(
      `<Code guid="${guid(1)}" name="Løft &amp; påbud"><Code guid="${guid(1)}" name="Barn"><Code ` +
        `guid="${guid(1)}" name="Barnebarn"/></Code></Code>`,
    );
    const svc = await blankProject();
    expect(await svc.call('codes.importQdc', { fileName: 'g.qdc', xml })).toEqual({ added: 3, total: 3 });
    expect((await svc.call('codes.list', {})).map((c) => c.path)).toEqual([
      'Løft & påbud',
      'Løft & påbud/Barn',
      'Løft & påbud/Barn/Barnebarn',
    ]);
  });
});
