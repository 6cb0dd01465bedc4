import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerDiff, applyAnswerPatch } from '../../../src/api/answerPatch';
import type { BatchReply, SourceDetail } from '../../../src/api/contract';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService } from '../../../src/service/service';

/** What the client would hold: the answer as it came over the wire. */
const wire = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('answer patches', () => {
  it('equal answers give no operations; the client keeps its object', () => {
    const a = { n: 1, list: [{ id: 'a', x: [1, 2] }, { id: 'b' }], m: { k: 'æøå' }, gone: undefined };
    expect(answerDiff(wire(a), { ...a, list: a.list.map((e) => ({ ...e })) })).toEqual([]);
  });

  it('rebuilds the new answer and shares every unchanged object with the old one', () => {
    const segs = Array.from({ length: 50 }, (_, i) => ({ id: `s${i}`, start: i * 10, end: i * 10 + 5, pt: ['#4a'] }));
    const old = wire({ source: { id: 'src', text: 'x'.repeat(1000) }, segments: segs, counts: { '#4a': 50 } });
    const added = { id: 's-new', start: 3, end: 8, pt: ['#4a'] };
    const changed = { ...segs[10]!, pt: ['#4b'] };
    const next = {
      source: { id: 'src', text: 'x'.repeat(1000) },
      counts: { '#4a': 50, '#4b': 1 },
      segments: [segs[0], added, ...segs.slice(1, 10), changed, ...segs.slice(11, 40), ...segs.slice(41)],
    };
    const ops = answerDiff(old, next);
    // only the new and the changed segment travel whole
    expect(JSON.stringify(ops).length).toBeLessThan(400);
    const built = applyAnswerPatch(old, wire(ops));
    expect(built).toEqual(wire(next));
    expect(built.source).toBe(old.source);
    expect(built.segments[0]).toBe(old.segments[0]);
    expect(built.segments[2]).toBe(old.segments[1]);
    expect(built.segments[11]).not.toBe(old.segments[10]);
    // the old answer is left as it was
    expect(old.segments).toHaveLength(50);
    expect(old.counts).toEqual({ '#4a': 50 });
  });

  it('handles removed keys, reordered and duplicate values, nested objects and a changed type', () => {
    const pairs: [unknown, unknown][] = [
      [{ a: 1, b: 2 }, { a: 1 }],
      [{ a: [3, 1, 2, 2] }, { a: [2, 2, 1, 3, 4] }],
      [{ a: { b: { c: 1, d: [1] } } }, { a: { b: { c: 2, d: [1] } } }],
      [{ a: [{ x: 1 }, { x: 2 }] }, { a: [{ x: 1 }, { x: 3 }, { x: 4 }] }],
      [{ a: null }, { a: { b: 1 } }],
      [[1, 2], { a: 1 }],
      ['x', 'y'],
    ];
    for (const [a, b] of pairs) expect(applyAnswerPatch(wire(a), wire(answerDiff(a, b)))).toEqual(b);
  });

  it('refuses a patch that does not fit, and never writes through __proto__', () => {
    expect(() => applyAnswerPatch({ a: 1 }, [{ p: ['a', 'b'], v: 1 }])).toThrow(/fit/);
    expect(() => applyAnswerPatch({ a: [1] }, [{ p: ['a'], arr: [[0, 5]] }])).toThrow(/range/);
    expect(() => applyAnswerPatch({}, [{ p: ['__proto__', 'x'], v: 1 }])).toThrow(/unsafe/);
    const evil = JSON.parse('{"__proto__": {"polluted": 1}}') as object;
    const out = applyAnswerPatch({ a: {} }, answerDiff({ a: {} }, { a: evil }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(out)).toBe('{"a":{"__proto__":{"polluted":1}}}');
  });
});

describe('batch calls in the service', () => {
  async function service() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'batch-'));
    const file = path.join(dir, 'p.cmo.json');
    await createProjectFile(
      file,
      projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'P', now: '2026-01-01T00:00:00Z' }),
    );
    const s = await openService(file, { user: 't' });
    await s.call('source.import', {
      fileName: 'Case 1 - Leder.txt',
      dataBase64: Buffer.from('Leder: Vi fik besøg af tilsynet, og det hjalp.\nAMR: Ja.\n').toString('base64'),
    });
    return s;
  }

  it('runs a change and the queries behind it in order, and answers a held query with same or a patch', async () => {
    const s = await service();
    const id = s.project().sources[0]!.id;
    const first = await s.call('batch', { calls: [{ method: 'source.get', params: { id } }] });
    const r0 = first[0] as Extract<BatchReply, { result: unknown }>;
    expect(r0.ok && r0.etag).toBeTruthy();
    const heldAnswer = wire(r0.result) as SourceDetail;

    const again = await s.call('batch', { calls: [{ method: 'source.get', params: { id }, have: r0.etag }] });
    expect(again[0]).toEqual({ ok: true, same: true, etag: r0.etag });

    const after = await s.call('batch', {
      calls: [
        {
          method: 'segment.add',
          params: { sourceId: id, start: 7, end: 28, kind: 'M', pt: ['#4a'], verdict: 'supports' },
        },
        { method: 'source.get', params: { id }, have: r0.etag },
        { method: 'nope.nope', params: {} },
      ],
    });
    expect(after[0]).toMatchObject({ ok: true, result: { kind: 'M' } });
    const r1 = after[1]!;
    if (!r1.ok || !('patch' in r1)) throw new Error('expected a patch');
    const built = applyAnswerPatch(heldAnswer, wire(r1.patch));
    expect(built).toEqual(wire(await s.call('source.get', { id })));
    expect(built.source).toBe(heldAnswer.source); // the transcript did not travel again
    expect(after[2]).toMatchObject({ ok: false, kind: 'invalid', error: expect.stringMatching(/nope\.nope/) });
  });

  it('unknown etag: the whole answer; a failed change does not stop the rest; no batch in a batch', async () => {
    const s = await service();
    const r = await s.call('batch', {
      calls: [
        { method: 'segment.add', params: { sourceId: 'missing', start: 0, end: 3, kind: 'C', pt: ['#1'] } },
        { method: 'project.info', params: {}, have: 'stale.1' },
        { method: 'batch', params: { calls: [] } },
      ],
    });
    expect(r[0]).toMatchObject({ ok: false });
    expect(r[1]).toMatchObject({ ok: true, result: { name: 'P' } });
    expect(r[2]).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await s.dispatch('batch', { calls: [] })).toMatchObject({ ok: false, kind: 'invalid' });
    expect(await s.dispatch('batch', { calls: [{ method: 'project.info' }], extra: 1 })).toMatchObject({
      ok: false,
      kind: 'invalid',
    });
  });
});
