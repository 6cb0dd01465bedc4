/**
 * DOM selections in the transcript map to the right `[start, end)` of the stored text, for the
 * awkward cases too: across a speaker label, across highlight boundaries, over several
 * paragraphs, backwards, and with element (not text) boundary points. The expected offsets are
 * computed here independently from the DOM (paragraph texts joined by `\n` are the stored text)
 * and snapped to words with the same function the service uses.
 */
import type { Page } from '@playwright/test';
import { snapToWords } from '../../src/cmo/text';
import { test, expect } from './fixtures';

type How = 'in-text' | 'from-label' | 'across-marks' | 'paragraphs' | 'backwards' | 'element-points';

/** Makes a selection of the given kind; returns the full text and the raw offsets it covers. */
async function select(page: Page, how: How): Promise<{ text: string; start: number; end: number }> {
  return page.evaluate((how) => {
    const root = document.querySelector('.transcript-text')!;
    const paras = [...root.children] as HTMLElement[];
    const text = paras.map((p) => p.textContent ?? '').join('\n');
    const offsetOf = (node: Node, offset: number) => {
      const p = paras.find((x) => x.contains(node) || x === node)!;
      const before = paras.slice(0, paras.indexOf(p)).reduce((a, x) => a + (x.textContent ?? '').length + 1, 0);
      const r = document.createRange();
      r.setStart(p, 0);
      r.setEnd(node, offset);
      return before + r.toString().length;
    };
    const texts = (el: Node) => {
      const out: Text[] = [];
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
      return out;
    };
    const withText = paras.filter((p) => (p.textContent ?? '').length > 40);
    const labelled = withText.find((p) => p.querySelector('.tx-speaker'))!;
    const marked = withText.find((p) => p.querySelector('mark'))!;
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    let a: [Node, number], b: [Node, number];
    switch (how) {
      case 'in-text': {
        const t = texts(labelled)[1]!;
        a = [t, 5];
        b = [t, 25];
        break;
      }
      case 'from-label': {
        const t = texts(labelled);
        a = [t[0]!, 2];
        b = [t[1]!, 12];
        break;
      }
      case 'across-marks': {
        const mark = marked.querySelector('mark')!;
        const mt = texts(mark)[0]!;
        const all = texts(marked);
        const before = all[all.indexOf(mt) - 1] ?? mt;
        a = [before, Math.max(0, before.length - 6)];
        b = [mt, Math.min(mt.length, 9)];
        break;
      }
      case 'paragraphs': {
        const i = paras.indexOf(labelled);
        const t1 = texts(labelled).at(-1)!;
        const t2 = texts(paras[i + 2] ?? paras[i + 1]!)[0]!;
        a = [t1, Math.max(0, t1.length - 10)];
        b = [t2, Math.min(4, t2.length)];
        break;
      }
      case 'backwards': {
        const t = texts(labelled)[1]!;
        a = [t, 30];
        b = [t, 3];
        break;
      }
      case 'element-points': {
        const i = paras.indexOf(labelled);
        a = [labelled, 1];
        b = [paras[i + 1]!, 0];
        break;
      }
    }
    sel.setBaseAndExtent(a[0], a[1], b[0], b[1]);
    const [s, e] = [offsetOf(a[0], a[1]), offsetOf(b[0], b[1])].sort((x, y) => x - y) as [number, number];
    return { text, start: s, end: e };
  }, how);
}

test('selections map to stored-text offsets', async ({ page, app }) => {
  await page.goto(app.url);
  await page.locator('.source-item').first().click();
  await expect(page.locator('.transcript-text p').first()).toBeVisible();
  const panel = page.getByRole('region', { name: 'Ny kodning' });
  for (const how of ['in-text', 'from-label', 'across-marks', 'paragraphs', 'backwards', 'element-points'] as const) {
    await page.evaluate(() => document.getSelection()?.removeAllRanges());
    const { text, start, end } = await select(page, how);
    const want = snapToWords(text, start, end);
    await expect(panel, how).toHaveAttribute('data-start', String(want.start));
    await expect(panel, how).toHaveAttribute('data-end', String(want.end));
  }
});
