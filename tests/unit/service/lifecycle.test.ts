/** The project lifecycle: create, open, close, recent, and a shutdown that saves what is under way. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLifecycle, openLifecycle, type Lifecycle } from '../../../src/service/workspace/lifecycle';
import { createProject } from '../../../src/service/workspace/create';
import { markerPath } from '../../../src/service/workspace/openMarker';
import { makeTmp, rmTmp } from '../helpers';

let home: string;
let before: string | undefined;
let lc: Lifecycle | null = null;

beforeEach(() => {
  home = makeTmp('cmo-lifecycle-');
  before = process.env.CMO_HOME;
  process.env.CMO_HOME = home;
});
afterEach(async () => {
  await lc?.shutdown();
  lc = null;
  if (before === undefined) delete process.env.CMO_HOME;
  else process.env.CMO_HOME = before;
  rmTmp(home);
});

const onDisk = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
const pseudonyms = (file: string): { name: string }[] => onDisk(file).pseudonyms ?? [];

describe('the project lifecycle', () => {
  it('creates in the projects folder, opens, lists recent ones, closes', async () => {
    const first = (await createProject(path.join(home, 'a.cmo.json'), { name: 'A', template: 'blank' })).file;
    lc = await openLifecycle({ first, user: 't', address: 'test' });
    expect(lc.file).toBe(first);
    expect(fs.existsSync(markerPath(first))).toBe(true);

    const made = await lc.create({ name: 'Arbejdsmiljø: 2027', language: 'en' });
    expect(made).toEqual({ file: path.join(home, 'Arbejdsmiljø 2027.cmo.json'), name: 'Arbejdsmiljø: 2027' });
    expect(onDisk(made.file).language).toBe('en');
    expect(lc.project().name).toBe('Arbejdsmiljø: 2027');
    // the one open before is shut down: its open marker is gone
    expect(fs.existsSync(markerPath(first))).toBe(false);
    expect(fs.existsSync(markerPath(made.file))).toBe(true);

    const listing = lc.recent();
    expect(listing.current).toBe(made.file);
    expect(listing.recent.map((e) => e.file)).toEqual([made.file, first]);
    expect(listing.inFolder.map((e) => e.name)).toEqual(['Arbejdsmiljø: 2027', 'A']);

    expect(await lc.open({ file: first })).toEqual({ file: first, name: 'A' });
    await lc.close();
    expect(fs.existsSync(markerPath(first))).toBe(false);
    expect(await lc.dispatch('project.info', {})).toMatchObject({ ok: false, code: 'errNoProjectOpen' });
    expect(lc.recent().current).toBe('');
  });

  it('refuses to create over an existing file and keeps the open project', async () => {
    const first = (await createProject(path.join(home, 'A.cmo.json'), { name: 'A' })).file;
    lc = await openLifecycle({ first, user: 't' });
    const r = await lc.dispatch('projects.create', { name: 'A' });
    expect(r).toMatchObject({ ok: false, kind: 'file' });
    expect(lc.file).toBe(first);
  });

  it('boots on the project used last when none is named', async () => {
    const a = (await createProject(path.join(home, 'a.cmo.json'), { name: 'A' })).file;
    const b = (await createProject(path.join(home, 'b.cmo.json'), { name: 'B' })).file;
    lc = await openLifecycle({ first: b, user: 't' });
    await lc.open({ file: a });
    await lc.shutdown();
    lc = createLifecycle({ user: 't' });
    await lc.boot();
    expect(lc.file).toBe(a);
  });

  it('answers the Projects dialog through the window calls, also inside a batch', async () => {
    const first = (await createProject(path.join(home, 'a.cmo.json'), { name: 'A' })).file;
    lc = await openLifecycle({ first, user: 't' });
    const r = await lc.dispatch('batch', {
      calls: [
        { method: 'projects.create', params: { name: 'B', template: 'blank' } },
        { method: 'project.info', params: {} },
      ],
    });
    expect(r).toMatchObject({ ok: true, result: [{ ok: true, result: { name: 'B' } }, { ok: true }] });
    expect(lc.project().name).toBe('B');
    expect((await lc.call('projects.list', {})).current).toBe(path.join(home, 'B.cmo.json'));
  });
});

describe('project.create, project.open, project.close, project.recent as calls', () => {
  it('runs each lifecycle step for a window; a bare service refuses them', async () => {
    const first = (await createProject(path.join(home, 'a.cmo.json'), { name: 'A' })).file;
    lc = await openLifecycle({ first, user: 't' });
    const made = await lc.dispatch('project.create', { name: 'Ny', template: 'blank', language: 'en' });
    expect(made).toMatchObject({ ok: true, result: { file: path.join(home, 'Ny.cmo.json'), name: 'Ny' } });
    expect(onDisk(path.join(home, 'Ny.cmo.json')).language).toBe('en');
    const recent = await lc.dispatch('project.recent', {});
    expect(recent.ok && (recent.result as { recent: { file: string }[] }).recent.map((e) => e.file)).toEqual([
      path.join(home, 'Ny.cmo.json'),
      first,
    ]);
    expect(await lc.dispatch('project.open', { file: first })).toMatchObject({ ok: true, result: { name: 'A' } });
    expect(await lc.dispatch('project.open', {})).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await lc.dispatch('project.close', {})).toEqual({ ok: true, result: null });
    expect(fs.existsSync(markerPath(first))).toBe(false);
    expect(await lc.dispatch('project.info', {})).toMatchObject({ ok: false, code: 'errNoProjectOpen' });
    // open again after a close
    expect(await lc.dispatch('project.open', { file: first })).toMatchObject({ ok: true });

    const { openService } = await import('../../../src/service/service');
    const bare = await openService(first, { user: 't' });
    expect(await bare.dispatch('project.create', { name: 'X' })).toMatchObject({
      ok: false,
      code: 'errProjectsInWindow',
    });
    await bare.shutdown();
  });
});

describe('shutdown', () => {
  it('saves the changes under way when it starts, then leaves no lock and no open marker', async () => {
    const first = (await createProject(path.join(home, 'p.cmo.json'), { name: 'P' })).file;
    lc = await openLifecycle({ first, user: 't', watchMs: 20, warmSearch: true, address: 'http://127.0.0.1:1/' });
    expect(fs.existsSync(markerPath(first))).toBe(true);
    // two changes made, not awaited: the first is in flight, the second queued behind it
    const one = lc.call('pseudonyms.add', { name: 'Jens Hansen', replacement: '[lederen]' });
    const two = lc.dispatch('pseudonyms.add', { name: 'Anna', replacement: '[medarbejderen]' });
    expect(pseudonyms(first)).toEqual([]);
    const done = lc.shutdown();
    await done;
    expect(pseudonyms(first).map((p) => p.name)).toEqual(['Jens Hansen', 'Anna']);
    await expect(one).resolves.toHaveLength(1);
    await expect(two).resolves.toMatchObject({ ok: true });
    expect(fs.existsSync(`${first}.lock`)).toBe(false);
    expect(fs.existsSync(markerPath(first))).toBe(false);
    expect(fs.readdirSync(home).sort()).toEqual(['p.cmo.json', 'p.cmo.json.bak', 'recent.json']);
  });

  it('a service shut down alone waits for its calls too', async () => {
    const { openService } = await import('../../../src/service/service');
    const file = (await createProject(path.join(home, 'q.cmo.json'), { name: 'Q' })).file;
    const svc = await openService(file, { user: 't', watchMs: 20 });
    const calls = [1, 2, 3].map((i) => svc.call('pseudonyms.add', { name: `N${i}`, replacement: `[${i}]` }));
    await svc.shutdown();
    expect(pseudonyms(file)).toHaveLength(3);
    await Promise.all(calls);
    expect(fs.existsSync(`${file}.lock`)).toBe(false);
  });
});
