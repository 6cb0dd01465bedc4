/**
 * A .qdpx opened in a worker thread says how far it is (the archive, then the sources one by one)
 * and can be cancelled; the project is the same as read in this thread.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFromQdpxOffThread } from '../../../src/refi/qdpxOffThread';
import { projectFromQdpx } from '../../../src/refi/qdpxImport';
import type { QdpxProgress } from '../../../src/refi/qdpxMap';
import { ImportError } from '../../../src/import/errors';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { NOW } from '../helpers';
import { refiDir } from './qdpx-helpers';
import { asQdpxJob, cancelQdpx, qdpxProgress, type QdpxReading } from '../../../src/service/workspace/qdpxJobs';

const NVIVO = path.join(refiDir(), 'examples', 'nvivo-win-12.6_hungarian-youtube-comments_303-codings.qdpx');
const blank = () => projectFromTemplate('blank', { id: 'x', name: 'x', now: NOW });
const have = fs.existsSync(NVIVO);
if (!have) console.log(`skipping the off-thread .qdpx tests: ${NVIVO} is absent`);

describe.skipIf(!have)('a .qdpx read off the host thread', () => {
  it('reports the archive, then every source with the codings so far, and gives the same project', async () => {
    const buf = fs.readFileSync(NVIVO);
    const seen: QdpxProgress[] = [];
    const got = await projectFromQdpxOffThread(buf, 'nvivo.qdpx', blank(), NOW, (p) => seen.push(p));
    const here = projectFromQdpx(buf, 'nvivo.qdpx', blank(), NOW);
    expect(got.report).toEqual(here.report);
    expect(got.project.segments.length).toBe(here.project.segments.length);
    expect(seen[0]?.stage).toBe('archive');
    const sources = seen.filter((p) => p.stage === 'sources');
    const n = here.report.sources;
    expect(sources.map((p) => p.done)).toEqual([...Array(n + 1).keys()]);
    expect(sources.at(-1)).toMatchObject({ done: n, total: n, codings: here.report.codings });
  }, 60_000);

  it('is stopped by a cancel, with one clear refusal naming the file', async () => {
    const ctl = new AbortController();
    const run = projectFromQdpxOffThread(
      fs.readFileSync(NVIVO),
      'nvivo.qdpx',
      blank(),
      NOW,
      () => ctl.abort(),
      ctl.signal,
    );
    const e = await run.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).message).toMatch(/^nvivo\.qdpx: indlæsningen blev afbrudt/);
  }, 60_000);
});

describe.skipIf(!have)("the window's .qdpx jobs", () => {
  it('answer how far a job is while it runs, and a cancel stops it before any project is made', async () => {
    const seen: (QdpxProgress | null)[] = [];
    const data = fs.readFileSync(NVIVO);
    const base = blank();
    let made = 0;
    const read = async (r: QdpxReading) => {
      const out = await projectFromQdpxOffThread(data, 'nvivo.qdpx', base, NOW, r.onProgress, r.signal);
      made++;
      return out;
    };
    const ok = await asQdpxJob('a', read, (p) => seen.push(p));
    expect(ok.report.codings).toBe(303);
    expect(seen.some((p) => p?.stage === 'sources')).toBe(true);
    expect(seen.at(-1)).toBeNull();
    expect(qdpxProgress('a')).toBeNull();

    const run = asQdpxJob('b', read);
    expect(qdpxProgress('b')?.stage).toBe('archive');
    expect(cancelQdpx('b')).toEqual({ cancelled: true });
    await expect(run).rejects.toThrow(/nvivo\.qdpx: indlæsningen blev afbrudt/);
    expect(made).toBe(1);
    expect(cancelQdpx('b')).toEqual({ cancelled: false });
  }, 60_000);
});
