/**
 * In Chromium (browser mode: the renderer served by the browser host over the service, driven
 * with playwright-core), on the corpus's browser project:
 *  - open the 10,000-word transcript with 1,000 segments, and the 300,000-character one with
 *    3,000: from the click on its `.source-item` until the title shows it and the marks of its
 *    first and last segments are in the DOM, plus one frame (rAF + task) for the paint;
 *    baseline: the same text and highlights as plain `<p>`/`<mark>` HTML set by innerHTML.
 *  - a coding action (select a sentence, `m`, `4a`, Enter, Enter): main-thread busy time from
 *    the final Enter until 300 ms after the new highlight is drawn selected (CDP Performance
 *    TaskDuration; so work the action leaves for later counts too), and its wall-clock latency
 *    until drawn (includes the durable save in the host).
 *  - the page's peak JS heap (CDP JSHeapUsedSize, sampled after every step).
 * DOM hooks used: `.source-item` / `.source-name`, `.source-title`, `.transcript-text` with
 * `mark[data-segment-ids]` and `mark.is-selected`, the region "Ny kodning" and its `.chip.chosen`.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import type { Project } from '../../../src/cmo/model';
import { ROOT, RENDERER_DIST } from '../../../src/paths';
import { openService } from '../../../src/service/service';
import { startBrowserHost } from '../../../src/host/browserHost';
import { ensureRendererBuilt } from '../../../scripts/build';
import { copyProject } from '../lib/files';
import { NEW_CODING } from '../lib/selectors';
import { floorArm, floorBefore, floorReset, floorStep } from './domFloor';
import { plainHtml, plainRender } from './plainBaseline';
import type { Figure, MetricGroup } from '../lib/types';

async function chromiumPath(): Promise<string | undefined> {
  const mod = (await import(pathToFileURL(path.join(ROOT, 'scripts', 'chromium.mjs')).href)) as {
    findChromium(): string;
  };
  return mod.findChromium() || undefined;
}

/** how long after the new highlight is drawn the main thread's work still counts toward the coding action */
const SETTLE_MS = 300;

interface Target {
  name: string;
  first: string;
  last: string;
  html: string;
}

export function target(p: Project, sourceId: string): Target {
  const src = p.sources.find((s) => s.id === sourceId);
  if (!src) throw new Error(`browser: no source ${sourceId}`);
  const segs = p.segments.filter((s) => s.sourceId === sourceId).sort((a, b) => a.start - b.start || b.end - a.end);
  return { name: src.name, first: segs[0]!.id, last: segs.at(-1)!.id, html: plainHtml(src.text, segs) };
}

/**
 * Clicks the source in the sidebar; ms until its title and first and last highlights are in the DOM and a frame has
 * passed.
 */
export function openSource(page: Page, t: Target): Promise<number> {
  return page.evaluate(
    ({ name, first, last }) =>
      new Promise<number>((resolve, reject) => {
        const btn = [...document.querySelectorAll<HTMLElement>('.source-item')].find(
          (b) => b.querySelector('.source-name')?.textContent?.trim() === name,
        );
        if (!btn) {
          reject(new Error(`no .source-item named ${name}`));
          return;
        }
        const ready = () =>
          document.querySelector('.source-title')?.textContent?.trim() === name &&
          document.querySelector(`.transcript-text mark[data-segment-ids~="${first}"]`) !== null &&
          document.querySelector(`.transcript-text mark[data-segment-ids~="${last}"]`) !== null;
        const timer = setTimeout(() => {
          mo.disconnect();
          reject(new Error(`transcript ${name} did not render its highlights within 60 s`));
        }, 60_000);
        if (document.querySelector('.source-title')?.textContent?.trim() === name) {
          reject(new Error(`${name} is already open`));
          return;
        }
        let done = false;
        const check = () => {
          if (done || !ready()) return;
          done = true;
          mo.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
        };
        const mo = new MutationObserver(check);
        mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
        const t0 = performance.now();
        btn.click();
        queueMicrotask(check);
      }),
    { name: t.name, first: t.first, last: t.last },
  );
}

/** the page's main thread: time busy in tasks (wall clock), its CPU time, and the JS heap */
async function taskSeconds(cdp: CDPSession): Promise<{ task: number; cpu: number; heap: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n: string) => metrics.find((m) => m.name === n)?.value ?? 0;
  return { task: get('TaskDuration'), cpu: get('ThreadTime'), heap: get('JSHeapUsedSize') };
}

/**
 * Selects an uncoded sentence from the n-th respondent paragraph on, scrolled into view (DOM Range, as a mouse drag
 * would).
 */
export function selectSentence(page: Page, n: number): Promise<string> {
  return page.evaluate((k) => {
    const root = document.querySelector('.transcript-text');
    if (!root) throw new Error('no .transcript-text');
    const paras = [...root.querySelectorAll('p')].filter((p) => {
      const l = p.querySelector('.tx-speaker, strong, b');
      return l && !/interview/i.test(l.textContent ?? '');
    });
    // the first uncoded sentence from the k-th paragraph on: coded text is never picked, so a
    // passage is never one already coded the same way (that is refused)
    for (let j = 0; j < paras.length; j++) {
      const p = paras[(5 + k * 3 + j) % paras.length]!;
      const label = p.querySelector('.tx-speaker, strong, b');
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node instanceof Text) || label?.contains(node) || node.parentElement?.closest('mark')) continue;
        const m = /\S[^.!?…]*[.!?…]/.exec(node.data);
        if (!m || m[0].split(/\s+/).length < 3) continue;
        // in view, as a passage a researcher selects is
        p.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const sel = document.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return m[0];
      }
    }
    throw new Error('no sentence to select');
  }, n);
}

export const browser: MetricGroup = {
  name: 'browser',
  browser: true,
  async run(ctx) {
    await ensureRendererBuilt();
    const executablePath = await chromiumPath();
    const file = await copyProject(ctx, 'browserProject');
    const service = await openService(file, { user: 'bench' });
    const host = await startBrowserHost({ service, staticDir: RENDERER_DIST });
    const b = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const errors: string[] = [];
    try {
      const page = await b.newPage({ viewport: { width: 1400, height: 900 }, locale: 'da-DK' });
      page.on('pageerror', (e) => errors.push(e.message));
      // tsx compiles with keepNames: functions passed to page.evaluate call esbuild's __name helper
      await page.addInitScript('window.__name = (f) => f');
      await page.goto(host.url);
      await page.locator('.source-item').nth(1).waitFor({ timeout: 30_000 });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      let heapPeak = 0;
      const sampleHeap = async () => {
        heapPeak = Math.max(heapPeak, (await taskSeconds(cdp)).heap);
      };

      const p = service.project();
      const small = target(p, ctx.corpus.small.id),
        big = target(p, ctx.corpus.big.id);
      const openSmall: number[] = [],
        openBig: number[] = [],
        plainSmall: number[] = [],
        plainBig: number[] = [];
      ctx.log('browser: opening transcripts …');
      // the app opens the first source by itself; warm up on both, ending on the big one
      await openSource(page, big);
      await openSource(page, small);
      await openSource(page, big);
      await plainRender(page, small.html);
      await plainRender(page, big.html);
      for (let i = 0; i < ctx.runs; i++) {
        openSmall.push(await openSource(page, small));
        await sampleHeap();
        openBig.push(await openSource(page, big));
        await sampleHeap();
        plainSmall.push(await plainRender(page, small.html));
        plainBig.push(await plainRender(page, big.html));
      }

      ctx.log('browser: coding actions …');
      await openSource(page, small); // the loop ended on the big transcript
      const panel = page.locator(NEW_CODING);
      const mainThread: number[] = [],
        cpu: number[] = [],
        latency: number[] = [];
      const n = Math.max(ctx.runs, 10);
      for (let i = 0; i < n + 1; i++) {
        await selectSentence(page, i);
        await panel.waitFor({ state: 'visible', timeout: 10_000 });
        await page.keyboard.press('m');
        await page.keyboard.type('4a');
        await page.keyboard.press('Enter');
        await panel.locator('.chip.chosen').first().waitFor({ timeout: 10_000 });
        // the last action's DOM changes are replayed by hand afterwards (the floor)
        if (i === n) await floorBefore(page);
        await page.evaluate(() => {
          const before = new Set(
            [...document.querySelectorAll<HTMLElement>('.transcript-text mark[data-segment-ids]')].flatMap((m) =>
              (m.dataset.segmentIds ?? '').split(' '),
            ),
          );
          const w = window as unknown as { __codingDone: Promise<number> };
          w.__codingDone = new Promise<number>((resolve, reject) => {
            let t0 = 0;
            window.addEventListener(
              'keydown',
              (e) => {
                if (e.key === 'Enter') t0 = performance.now();
              },
              { capture: true, once: true },
            );
            const done = () =>
              !document.querySelector('[aria-label="Ny kodning"]') &&
              [...document.querySelectorAll<HTMLElement>('.transcript-text mark.is-selected')].some((m) =>
                (m.dataset.segmentIds ?? '').split(' ').some((id) => !before.has(id)),
              );
            const timer = setTimeout(() => {
              mo.disconnect();
              const why = document.querySelector('[role="alert"]')?.textContent?.trim();
              reject(
                new Error(
                  `coding action: new highlight not drawn within 30 s${why ? ` (the window says: ${why})` : ''}`,
                ),
              );
            }, 30_000);
            const mo = new MutationObserver(() => {
              if (!t0 || !done()) return;
              mo.disconnect();
              clearTimeout(timer);
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
            });
            mo.observe(document.body, { subtree: true, childList: true, attributes: true });
          });
        });
        const m0 = await taskSeconds(cdp);
        await page.keyboard.press('Enter');
        const ms = await page.evaluate(() => (window as unknown as { __codingDone: Promise<number> }).__codingDone);
        // what the action sets going after the highlight is drawn (a refresh landing late, a measure pass) counts too
        await page.evaluate((wait) => new Promise((r) => setTimeout(r, wait)), SETTLE_MS);
        const m1 = await taskSeconds(cdp);
        heapPeak = Math.max(heapPeak, m1.heap);
        if (i === 0) continue; // warm-up
        latency.push(ms);
        mainThread.push((m1.task - m0.task) * 1000);
        cpu.push((m1.cpu - m0.cpu) * 1000);
      }
      // the floor: a key that does nothing, measured the same way (the page at rest, the measuring itself, one frame)
      const idle: number[] = [],
        idleCpu: number[] = [];
      for (let i = 0; i < n; i++) {
        await page.evaluate(() => {
          (window as unknown as { __frame: Promise<unknown> }).__frame = new Promise((r) =>
            requestAnimationFrame(() => setTimeout(r)),
          );
        });
        const m0 = await taskSeconds(cdp);
        await page.keyboard.press('Shift');
        await page.evaluate(() => (window as unknown as { __frame: Promise<unknown> }).__frame);
        await page.evaluate((wait) => new Promise((r) => setTimeout(r, wait)), SETTLE_MS);
        const m1 = await taskSeconds(cdp);
        idle.push((m1.task - m0.task) * 1000);
        idleCpu.push((m1.cpu - m0.cpu) * 1000);
      }
      // the floor: the last coding action's DOM changes applied by hand (no React, Lexical or host), measured the same
      // way
      const { ops, nodes, list } = await floorArm(page);
      if (process.env.BENCH_FLOOR_OPS) ctx.log(`browser: the floor's operations:\n${list.join('\n')}`);
      const floor: number[] = [],
        floorCpu: number[] = [];
      for (let i = 0; i < n + 1; i++) {
        await floorReset(page, SETTLE_MS);
        const m0 = await taskSeconds(cdp);
        await floorStep(page);
        await page.evaluate((wait) => new Promise((r) => setTimeout(r, wait)), SETTLE_MS);
        const m1 = await taskSeconds(cdp);
        if (i === 0) continue; // warm-up
        floor.push((m1.task - m0.task) * 1000);
        floorCpu.push((m1.cpu - m0.cpu) * 1000);
      }
      await sampleHeap();
      if (process.env.BENCH_SAMPLES)
        ctx.log(`browser: coding main thread, each action (ms): ${mainThread.map((x) => x.toFixed(1)).join(' ')}`);
      if (errors.length) ctx.log(`browser: page errors: ${errors.join(' | ')}`);
      const figures: Record<string, Figure> = {
        'browser.open10kWords': {
          samples: openSmall,
          baseline: plainSmall,
          budget: 300,
          budgetOn: 'p50',
          note:
            `${ctx.corpus.small.chars} chars, ${ctx.corpus.small.segments} segments: click → highlights ` +
            `rendered + frame, vs the same as plain HTML`,
        },
        'browser.open300kChars': {
          samples: openBig,
          baseline: plainBig,
          budget: 500,
          budgetOn: 'p50',
          note: `${ctx.corpus.big.chars} chars, ${ctx.corpus.big.segments} segments, as above`,
        },
        'browser.codingMainThread': {
          samples: mainThread,
          baseline: floor,
          budget: 16,
          budgetOn: 'p95',
          note:
            `main-thread busy time (CDP TaskDuration) from the final Enter until ${SETTLE_MS} ms after the ` +
            `new highlight is drawn, in the 10k-word transcript; baseline: the floor (browser.codingDomFloor)`,
        },
        'browser.codingDomFloor': {
          samples: floor,
          baseline: idle,
          note:
            `the floor under it: the last coding action's DOM changes (${ops} operations, ${nodes} nodes ` +
            `swapped) applied by hand in one task — no React, Lexical or host — measured the same way; what ` +
            `the browser pays for that screen change. Baseline: a key that does nothing (Shift)`,
        },
        'browser.codingDomFloorCpu': {
          samples: floorCpu,
          baseline: idleCpu,
          note: "the floor's CPU time (CDP ThreadTime), as browser.codingMainThreadCpu is the action's",
        },
        'browser.codingMainThreadCpu': {
          samples: cpu,
          baseline: floorCpu,
          note:
            "the same window as the main thread's CPU time (CDP ThreadTime): busy time less the time the " +
            "thread waited for a core, which on a 2-core machine shared with the host, the browser's other " +
            'processes and the bench is much of the spread; reported beside the budgeted figure, not instead ' +
            "of it; baseline: the floor's CPU time",
        },
        'browser.codingLatency': {
          samples: latency,
          note: 'wall clock for the same, including the durable save in the host',
        },
        'memory.pageJsHeapMB': {
          samples: [heapPeak / 1e6],
          unit: 'MB',
          note: 'peak JSHeapUsedSize of the page over the browser run',
        },
      };
      return figures;
    } finally {
      await b.close();
      await host.close();
    }
  },
};
