import { describe, expect, it } from 'vitest';
import { projectFromQdpx } from '../../../src/refi/qdpxImport';
import { ImportError } from '../../../src/import/errors';
import { nfaProject, NOW } from '../helpers';
import { bombZip, G, qdpx, qde } from './qdpx-helpers';

const open = (buf: Buffer) => projectFromQdpx(buf, 'ond.qdpx', nfaProject(), NOW);
const refused = (buf: Buffer, why: RegExp) => {
  let err: unknown;
  try {
    open(buf);
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(ImportError);
  expect((err as Error).message).toMatch(/^ond\.qdpx: /);
  expect((err as Error).message).toMatch(why);
  expect((err as Error).message).not.toContain('\n');
};

describe('hostile .qdpx archives are refused with one line naming the file', () => {
  it('not a zip', () => refused(Buffer.from('this is not a zip'), /ikke et zip-arkiv/));
  it('no .qde', async () => refused(await qdpx({ 'x.txt': 'hej' }), /ingen \.qde/));
  it('zip-slip and absolute entry names', async () => {
    refused(await qdpx({ 'project.qde': qde('X', []), '../../slipped.txt': 'pwned' }), /usikker sti/);
    refused(await qdpx({ 'project.qde': qde('X', []), '/etc/cron.d/x': 'pwned' }), /usikker sti/);
  });
  it('a source path that climbs out of the archive', async () => {
    const xml = qde('X', []).replace(`internal://${G(9)}.txt`, 'internal://../../etc/passwd');
    refused(await qdpx({ 'project.qde': xml }), /uden for arkivet/);
  });
  it('XXE and billion laughs: any DTD', async () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project ' +
      'xmlns="urn:QDA-XML:project:1.0" name="&x;"/>';
    refused(await qdpx({ 'project.qde': xxe }), /DTD/);
    const lol =
      '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><Project ' +
      'xmlns="urn:QDA-XML:project:1.0" name="&b;"/>';
    refused(await qdpx({ 'project.qde': lol }), /DTD/);
  });
  it('a zip bomb is stopped while inflating, even when the header lies about the size', async () => {
    refused(bombZip('project.qde', 20 * 1024 * 1024), /project\.qde.*(over|gange)/);
    const ratio = await qdpx({ 'project.qde': qde('X', []), [`sources/${G(9)}.txt`]: '0'.repeat(8 * 1024 * 1024) });
    refused(ratio, /\.txt.*(over|gange)/);
  });
  it('damaged XML', async () =>
    refused(await qdpx({ 'project.qde': '<Project name="x"><Sources>' }), /ikke gyldig XML/));
  it('an ordinary small file still opens (the ratio rule spares files under 1 MB)', async () => {
    const buf = await qdpx({
      'project.qde': qde('X', [[11, 0, 3, 2]]),
      [`sources/${G(9)}.txt`]: 'abc\n' + 'ab\n'.repeat(200_000),
    });
    expect(open(buf).report.segments).toBe(1);
  });
});
