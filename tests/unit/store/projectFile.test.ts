import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ProjectFileAdapter,
  ProjectFileError,
  backupPath,
  createProjectFile,
  openProjectFile,
  parseProject,
  serializeProject,
} from '../../../src/store/projectFile';
import { SCHEMA_VERSION, type Project } from '../../../src/cmo/model';
import { makeTmp, nfaProject, rmTmp } from '../helpers';
import { fixture } from '../cmo/fixture';

let dir: string;
beforeEach(() => {
  dir = makeTmp('cmo-store-');
});
afterEach(() => {
  rmTmp(dir);
});

/** Bytes and mtime of a file, to prove it was not touched. */
function snap(file: string) {
  return { bytes: fs.readFileSync(file), mtimeMs: fs.statSync(file).mtimeMs };
}
const listing = () => fs.readdirSync(dir).sort();

async function expectFileError(p: Promise<unknown>, file: string, ...patterns: RegExp[]): Promise<ProjectFileError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ProjectFileError);
  const err = e as ProjectFileError;
  expect(err.file).toBe(path.resolve(file));
  expect(err.message).toContain(path.resolve(file));
  for (const re of patterns) expect(err.message).toMatch(re);
  return err;
}

describe('createProjectFile', () => {
  it('writes a project that opens again unchanged, and leaves no temp files', async () => {
    const file = path.join(dir, 'nyt.cmo.json');
    const project = nfaProject();
    await createProjectFile(file, project);
    expect(listing()).toEqual(['nyt.cmo.json']);
    expect(JSON.parse(fs.readFileSync(file, 'utf8'))).toMatchObject(project);
    const db = await openProjectFile(file);
    expect(db.data).toMatchObject(project);
    expect(db.data).toEqual(JSON.parse(fs.readFileSync(file, 'utf8')));
  });

  it('refuses an existing file and leaves it byte-identical', async () => {
    const file = path.join(dir, 'eksisterer.cmo.json');
    fs.writeFileSync(file, '{"mit": "vigtige arbejde"}');
    fs.utimesSync(file, new Date('2020-01-01'), new Date('2020-01-01'));
    const before = snap(file);
    await expectFileError(createProjectFile(file, nfaProject()), file, /findes allerede/);
    expect(snap(file)).toEqual(before);
    expect(listing()).toEqual(['eksisterer.cmo.json']);
  });

  it('refuses a directory in the way and a missing parent directory', async () => {
    fs.mkdirSync(path.join(dir, 'mappe.cmo.json'));
    await expectFileError(
      createProjectFile(path.join(dir, 'mappe.cmo.json'), nfaProject()),
      path.join(dir, 'mappe.cmo.json'),
    );
    const missing = path.join(dir, 'findes-ikke', 'p.cmo.json');
    await expectFileError(createProjectFile(missing, nfaProject()), missing, /mappen findes ikke/);
    expect(listing()).toEqual(['mappe.cmo.json']);
  });

  it('refuses an invalid project without writing', async () => {
    const file = path.join(dir, 'ugyldig.cmo.json');
    const bad = { ...nfaProject(), name: '' } as Project;
    await expectFileError(createProjectFile(file, bad), file, /name/);
    expect(listing()).toEqual([]);
  });
});

describe('openProjectFile refuses damaged files without touching them', () => {
  const valid = () => serializeProject(fixture());

  it('a missing file', async () => {
    const file = path.join(dir, 'væk.cmo.json');
    await expectFileError(openProjectFile(file), file, /findes ikke/);
    expect(listing()).toEqual([]);
  });

  it('a directory', async () => {
    const file = path.join(dir, 'mappe.cmo.json');
    fs.mkdirSync(file);
    await expectFileError(openProjectFile(file), file, /mappe/);
  });

  const cases: [string, () => string | Buffer, RegExp[]][] = [
    ['an empty file', () => '', [/tom/]],
    ['a file of whitespace', () => ' \n\t\n', [/tom/]],
    ['truncated JSON', () => valid().slice(0, Math.floor(valid().length / 2)), [/ikke gyldig JSON/]],
    ['binary garbage', () => Buffer.from([0x00, 0xff, 0x13, 0x37, 0x80]), [/ikke gyldig JSON/]],
    ['JSON that is not an object', () => '[1, 2, 3]', [/ikke et gyldigt projekt/]],
    ['JSON null', () => 'null', [/ikke et gyldigt projekt/]],
    [
      'a segment with a bad kind',
      () => {
        const p = JSON.parse(valid());
        p.segments[0].kind = 'X';
        return JSON.stringify(p);
      },
      [/ikke et gyldigt projekt/, /segments\.0\.kind/],
    ],
    [
      'a source with a negative turn offset',
      () => {
        const p = JSON.parse(valid());
        p.sources[1].turns[0].start = -1;
        return JSON.stringify(p);
      },
      [/sources\.1\.turns\.0\.start/],
    ],
    [
      'a missing name',
      () => {
        const p = JSON.parse(valid());
        delete p.name;
        return JSON.stringify(p);
      },
      [/(^|\s)name:/],
    ],
    [
      'a newer schema version',
      () => {
        const p = JSON.parse(valid());
        p.schemaVersion = SCHEMA_VERSION + 1;
        return JSON.stringify(p);
      },
      [/nyere version/, new RegExp(`schemaVersion ${SCHEMA_VERSION + 1}`)],
    ],
  ];

  it.each(cases)('%s', async (_what, content, patterns) => {
    const file = path.join(dir, 'skadet.cmo.json');
    fs.writeFileSync(file, content());
    fs.utimesSync(file, new Date('2021-06-01'), new Date('2021-06-01'));
    const before = snap(file);
    await expectFileError(openProjectFile(file), file, ...patterns);
    expect(snap(file)).toEqual(before);
    expect(listing()).toEqual(['skadet.cmo.json']);
  });

  it('names the first bad path in parseProject too', () => {
    const p = JSON.parse(valid());
    p.segments[1].verdict = 'måske';
    expect(() => parseProject('x.cmo.json', JSON.stringify(p))).toThrow(/^x\.cmo\.json: .*segments\.1\.verdict/);
  });
});

describe('openProjectFile accepts', () => {
  it('a file with a UTF-8 BOM', async () => {
    const file = path.join(dir, 'bom.cmo.json');
    fs.writeFileSync(file, '\uFEFF' + serializeProject(nfaProject()));
    expect((await openProjectFile(file)).data.name).toBe('Testprojekt');
  });

  it('an older-looking file without optional collections, filling defaults', async () => {
    const file = path.join(dir, 'min.cmo.json');
    const p = nfaProject();
    const minimal = {
      schemaVersion: p.schemaVersion,
      id: p.id,
      name: p.name,
      createdAt: p.createdAt,
      updatedAt: p.updatedAt,
      programmeTheory: { name: 'PT', points: [] },
    };
    fs.writeFileSync(file, JSON.stringify(minimal));
    const db = await openProjectFile(file);
    expect(db.data).toMatchObject({ segments: [], sources: [], cases: [], language: 'da', template: 'blank' });
  });
});

describe('writing', () => {
  async function created(name = 'p.cmo.json') {
    const file = path.join(dir, name);
    await createProjectFile(file, fixture());
    return file;
  }

  it('replaces the file atomically (new inode) and keeps the previous version as .bak', async () => {
    const file = await created();
    const first = fs.readFileSync(file);
    const inode = fs.statSync(file).ino;
    const db = await openProjectFile(file);
    db.data = { ...db.data, name: 'Omdøbt' };
    await db.write();
    expect(fs.readFileSync(file, 'utf8')).toBe(serializeProject(db.data));
    expect(fs.readFileSync(backupPath(file))).toEqual(first);
    expect(fs.statSync(file).ino).not.toBe(inode);
    expect(listing()).toEqual(['p.cmo.json', 'p.cmo.json.bak']);

    // a second write: .bak holds the first write's content
    const second = fs.readFileSync(file);
    db.data = { ...db.data, name: 'Igen' };
    await db.write();
    expect(fs.readFileSync(backupPath(file))).toEqual(second);
    expect((await openProjectFile(file)).data.name).toBe('Igen');
  });

  it('sees when someone else changed the file after it was read, by content and not by time alone', async () => {
    const file = await created();
    const db = await openProjectFile(file);
    expect(await db.adapter.changedOnDisk()).toBe(false);
    // only the time changed (touch, a sync tool): the same bytes, not a change
    const later = new Date(fs.statSync(file).mtimeMs + 60_000);
    fs.utimesSync(file, later, later);
    expect(await db.adapter.changedOnDisk()).toBe(false);
    // the same size, other bytes
    const raw = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(
      file,
      raw.replace(/"updatedAt": "(\d)/, (_m, d: string) => `"updatedAt": "${d === '1' ? '2' : '1'}`),
    );
    expect(await db.adapter.changedOnDisk()).toBe(true);
    // after this process writes, what it wrote is what it has seen
    await db.read();
    db.data = { ...db.data, name: 'Min' };
    await db.write();
    expect(await db.adapter.changedOnDisk()).toBe(false);
  });

  it('keeps writing after its own writes (it tracks what it wrote)', async () => {
    const file = await created();
    const db = await openProjectFile(file);
    for (const name of ['a', 'b', 'c']) {
      db.data = { ...db.data, name };
      await db.write();
    }
    expect((await openProjectFile(file)).data.name).toBe('c');
  });

  it('will not write with an adapter that has not read the file', async () => {
    const file = await created();
    const before = snap(file);
    await expectFileError(new ProjectFileAdapter(path.resolve(file)).write(nfaProject()), file);
    expect(snap(file)).toEqual(before);
  });

  it('serializes deterministically and round-trips', () => {
    const p = fixture();
    const s = serializeProject(p);
    expect(s.endsWith('\n')).toBe(true);
    expect(parseProject('x', s)).toMatchObject(p);
    // once in the schema's key order, parse → serialize is a fixed point
    const canonical = serializeProject(parseProject('x', s));
    expect(serializeProject(parseProject('x', canonical))).toBe(canonical);
  });
});
