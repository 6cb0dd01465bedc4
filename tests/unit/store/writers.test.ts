/** One writer at a time: two services (as two processes would) on one file lose nothing; backups whole; no litter. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService } from '../../../src/service/service';
import { backupPath, createProjectFile, openProjectFile, parseProject, withLock } from '../../../src/store/projectFile';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = makeTmp('cmo-writers-');
  file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
});
afterEach(() => rmTmp(dir));

const text = Array.from({ length: 40 }, (_, i) => `Leder: Udsagn nummer ${i} om løft og påbud.`).join('\n\n');
const importIt = async () => {
  const s = await openService(file, { user: 'a' });
  await s.call('source.import', {
    fileName: 'Case 02 - Leder.txt',
    dataBase64: Buffer.from(text).toString('base64'),
    caseId: '2',
    role: 'Leder',
  });
};

describe('two writers on one project', () => {
  it('both succeed and both changes are on disk, however their saves interleave', async () => {
    await importIt();
    const a = await openService(file, { user: 'a' });
    const b = await openService(file, { user: 'b' });
    const src = a.project().sources[0]!.id;
    const calls = Array.from({ length: 20 }, (_, i) =>
      (i % 2 ? b : a).dispatch('segment.codeText', {
        source: src,
        text: `Udsagn nummer ${i} om løft`,
        kind: 'C',
        pt: ['4a'],
      }),
    );
    const replies = await Promise.all(calls);
    expect(replies.filter((r) => !r.ok)).toEqual([]);
    const disk = (await openProjectFile(file)).data;
    expect(disk.segments).toHaveLength(20);
    // each service now holds the other's work too
    expect(a.project().segments.length + b.project().segments.length).toBeGreaterThanOrEqual(20);
  });

  it('a writer waits for the lock held by another and then saves on top of its change', async () => {
    await importIt();
    const a = await openService(file, { user: 'a' });
    const src = a.project().sources[0]!.id;
    let release!: () => void;
    const held = withLock(
      file,
      () =>
        new Promise<void>((r) => {
          release = r;
        }),
    );
    await new Promise((r) => setTimeout(r, 50));
    const pending = a.dispatch('segment.codeText', {
      source: src,
      text: 'Udsagn nummer 3 om løft',
      kind: 'O',
      pt: ['4a'],
    });
    await new Promise((r) => setTimeout(r, 300));
    expect((await openProjectFile(file)).data.segments).toHaveLength(0);
    release();
    await held;
    expect(await pending).toMatchObject({ ok: true });
    expect((await openProjectFile(file)).data.segments).toHaveLength(1);
  });

  it('a window watching the file takes in what another program saved', async () => {
    await importIt();
    const app = await openService(file, { user: 'app', watchMs: 50 });
    const rev = (await app.call('history.state', {})).revision;
    const cli = await openService(file, { user: 'cli' });
    await cli.call('segment.codeText', {
      source: cli.project().sources[0]!.id,
      text: 'Udsagn nummer 5',
      kind: 'M',
      pt: ['4a'],
    });
    await expect.poll(() => app.project().segments.length, { timeout: 3000 }).toBe(1);
    expect((await app.call('history.state', {})).revision).toBeGreaterThan(rev);
    app.close();
  });
});

describe('saves leave whole backups and no litter', () => {
  it("the .bak is the previous whole version, and a killed writer's temp files are swept", async () => {
    await importIt();
    const stray = path.join(dir, `.p.cmo.json.99999.deadbeef.tmp`);
    fs.writeFileSync(stray, '{"half":');
    const before = fs.readFileSync(file);
    const s = await openService(file, { user: 'a' });
    expect(fs.existsSync(stray)).toBe(false);
    fs.writeFileSync(stray, '{"half":');
    await s.call('segment.codeText', {
      source: s.project().sources[0]!.id,
      text: 'Udsagn nummer 7',
      kind: 'M',
      pt: ['4a'],
    });
    expect(fs.readFileSync(backupPath(file))).toEqual(before);
    expect(() => parseProject('bak', fs.readFileSync(backupPath(file)))).not.toThrow();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a damaged project names its whole backup', async () => {
    await importIt();
    const s = await openService(file, { user: 'a' });
    await s.call('segment.codeText', {
      source: s.project().sources[0]!.id,
      text: 'Udsagn nummer 7',
      kind: 'M',
      pt: ['4a'],
    });
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, 500));
    const e = await openProjectFile(file).then(
      () => null,
      (x: Error) => x,
    );
    expect(e?.message).toContain(file);
    expect(e?.message).toMatch(/p\.cmo\.json\.bak.*--from-backup/);
  });
});

describe('a second window on the same project', () => {
  it('finds the first one by its marker and opens read-only, saying where the first is', async () => {
    const { markOpen, openElsewhere } = await import('../../../src/service/workspace/openMarker');
    expect(openElsewhere(file)).toBeNull();
    const marker = path.join(dir, '.p.cmo.json.open');
    // a live process other than this one (the test runner's parent) has it open
    fs.writeFileSync(marker, JSON.stringify({ pid: process.ppid, url: 'http://127.0.0.1:5123/' }));
    const where = openElsewhere(file);
    expect(where).toMatch(/5123/);
    const ro = await openService(file, { user: 'b', readOnlyBecause: where! });
    const before = fs.readFileSync(file);
    const r = await ro.dispatch('cases.add', { label: 'Ny case' });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.error).toMatch(/skrivebeskyttet.*5123/);
    expect(fs.readFileSync(file)).toEqual(before);
    // a marker of a process that is gone is taken over
    fs.writeFileSync(marker, JSON.stringify({ pid: 2 ** 22 + 17, url: 'x' }));
    expect(openElsewhere(file)).toBeNull();
    const unmark = markOpen(file, 'http://127.0.0.1:1/');
    expect(JSON.parse(fs.readFileSync(marker, 'utf8')).pid).toBe(process.pid);
    unmark();
    expect(fs.existsSync(marker)).toBe(false);
  });
});
