// The service: failures that change nothing, dispatch, queries, and what is saved to disk.
import fs from 'node:fs';
import path from 'node:path';
import { ZodError } from 'zod';
import type { Project } from '../../../src/cmo/model';
import { describe, expect, it } from 'vitest';
import { dir, file, svc, open, onDisk, bytes, importLeder, withService } from './setup';

withService();

describe('failures change nothing', () => {
  it('a failed mutation leaves the project and the file unchanged', async () => {
    await importLeder();
    const before = svc.project();
    const disk = bytes();
    const mtime = fs.statSync(file).mtimeMs;
    const history = await svc.call('history.state', {});
    for (const [m, params] of [
      ['segment.codeText', { source: 'leder-case3', text: 'en skriftlig aftale', kind: 'O', pt: ['9'] }],
      ['segment.add', { sourceId: 'nope', start: 0, end: 5, kind: 'C', pt: ['1'] }],
      ['segment.update', { id: 'nope', patch: { kind: 'M' } }],
      ['source.update', { id: 'nope', name: 'x' }],
      ['segment.add', { start: 'x' }],
    ] as const) {
      const r = await svc.dispatch(m, params);
      expect(r.ok, m).toBe(false);
    }
    expect(svc.project()).toBe(before);
    expect(bytes()).toEqual(disk);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(await svc.call('history.state', {})).toEqual(history);
  });

  it('a change saved by another program meanwhile is kept: the command is run again on the fresh file', async () => {
    await importLeder();
    const theirs = fs.readFileSync(file, 'utf8').replace('"Testprojekt"', '"Ændret udefra"');
    fs.writeFileSync(file, theirs);
    const r = await svc.dispatch('segment.codeText', {
      source: 'leder-case3',
      text: 'meget kompetent',
      kind: 'M',
      pt: ['4a'],
    });
    expect(r).toMatchObject({ ok: true });
    const disk = JSON.parse(fs.readFileSync(file, 'utf8')) as Project;
    expect(disk.name).toBe('Ændret udefra');
    expect(disk.segments.map((s) => s.text)).toContain('meget kompetent');
    expect(svc.project().name).toBe('Ændret udefra');
  });

  it('a damaged file saved by another program is refused naming the file, and left as it is', async () => {
    await importLeder();
    const before = svc.project();
    const theirs = fs.readFileSync(file, 'utf8').slice(0, 200);
    fs.writeFileSync(file, theirs);
    const r = await svc.dispatch('segment.codeText', {
      source: 'leder-case3',
      text: 'meget kompetent',
      kind: 'M',
      pt: ['4a'],
    });
    expect(r).toMatchObject({ ok: false, kind: 'file' });
    expect(!r.ok && r.error).toContain(file);
    expect(svc.project()).toBe(before);
    expect(fs.readFileSync(file, 'utf8')).toBe(theirs);
  });
});

describe('dispatch', () => {
  it('answers an unknown method with kind "invalid"', async () => {
    const r = await svc.dispatch('segment.explode', {});
    expect(r).toMatchObject({ ok: false, kind: 'invalid' });
    expect(!r.ok && r.error).toMatch(/segment\.explode/);
    expect(await svc.dispatch('__proto__', {})).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await svc.dispatch('toString', {})).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('answers bad params with kind "invalid", naming the field', async () => {
    const bad = await svc.dispatch('segment.add', { sourceId: 's', start: 'nul', end: 5, kind: 'C', pt: ['1'] });
    expect(bad).toMatchObject({ ok: false, kind: 'invalid' });
    expect(!bad.ok && bad.error).toMatch(/start/);
    expect(await svc.dispatch('segment.add', { sourceId: 's', start: 0, end: 5, kind: 'X', pt: ['1'] })).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
    expect(await svc.dispatch('segment.add', { sourceId: 's', start: 0, end: 5, kind: 'C', pt: [] })).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
    expect(await svc.dispatch('project.info', { extra: 1 })).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await svc.dispatch('source.import', null)).toMatchObject({ ok: false, kind: 'invalid' });
    await expect(svc.call('segment.remove', {})).rejects.toBeInstanceOf(ZodError);
  });

  it('answers queries with ok and the result', async () => {
    await importLeder();
    const info = await svc.dispatch('project.info', {});
    expect(info.ok).toBe(true);
    expect(info.ok && info.result).toMatchObject({
      file: path.resolve(file),
      sources: 1,
      segments: 0,
      template: 'nfa-aftaleforloeb',
    });
  });
});

describe('queries through the service', () => {
  it('matrix, quotes and log reflect the coding', async () => {
    await importLeder();
    await svc.call('segment.codeText', { source: 'leder-case3', text: 'meget kompetent', kind: 'M', pt: ['4a'] });
    await svc.call('segment.codeText', {
      source: 'leder-case3',
      text: 'Jeg var med til alle møderne',
      kind: 'C',
      pt: ['4a', '9'],
    });
    const m = await svc.call('matrix.compute', { rows: 'role' });
    const col = m.cols.findIndex((c) => c.id === '#4a');
    expect(m.cells[m.rows.findIndex((r) => r.id === 'leder')]![col]).toBe(1);
    expect(m.cells[m.rows.findIndex((r) => r.id === 'arbejdsmiljorepraesentant')]![col]).toBe(1);
    const quotes = await svc.call('quotes.list', { roles: ['AMR'] });
    expect(quotes.map((q) => q.attribution)).toEqual(['(Arbejdsmiljørepræsentant, case 3)']);
    const md = await svc.call('quotes.markdown', { pts: ['9'] });
    expect(md.count).toBe(1);
    expect(md.markdown).toContain('> ”Jeg var med til alle møderne”  \n> (Arbejdsmiljørepræsentant, case 3)');
    expect(md.markdown).not.toContain('## #4a');
    const log = await svc.call('log.list', { limit: 2 });
    expect(log.map((e) => e.command)).toEqual(['segment.codeText', 'segment.codeText']);
    expect(log[0]!.summary).toContain('Jeg var med til alle møderne');
    const src = await svc.call('source.get', { id: svc.project().sources[0]!.id });
    expect(src.segments.map((s) => s.text)).toEqual(['meget kompetent', 'Jeg var med til alle møderne']);
  });
});

describe('persistence', () => {
  it('every mutation is on disk when the call returns, also for concurrent calls', async () => {
    await importLeder();
    expect(await onDisk()).toEqual(svc.project());
    const texts = ['meget kompetent', 'gode råd', 'tre måneder'];
    const results = await Promise.all(
      texts.map((t) => svc.call('segment.codeText', { source: 'leder-case3', text: t, kind: 'M', pt: ['4a'] })),
    );
    expect(results.map((r) => r.text)).toEqual(texts);
    const disk = await onDisk();
    expect(disk).toEqual(svc.project());
    expect(disk.segments.map((s) => s.text)).toEqual(texts);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a new session sees the saved work and can undo it', async () => {
    await importLeder();
    await svc.call('segment.codeText', { source: 'leder-case3', text: 'gode råd', kind: 'O', pt: ['5'] });
    const again = await open();
    expect(again.project()).toEqual(svc.project());
    expect(await again.call('history.state', {})).toMatchObject({ canUndo: true });
    await again.call('history.undo', {});
    expect((await onDisk()).segments).toEqual([]);
  });
});
