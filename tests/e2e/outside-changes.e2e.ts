/** Another program (a CLI, a second window) saves the project while the window is open: the window shows it. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { buildSampleProject } from '../../samples/sample-project';
import { openService } from '../../src/service/service';
import { startBrowserHost } from '../../src/host/browserHost';
import { RENDERER_DIST } from '../../src/paths';

test("a coding saved by a CLI appears in the open window, and the window's next coding lands on top of it", async ({
  page,
  shot,
}) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmo-e2e-outside-'));
  const file = await buildSampleProject(path.join(dir, 'sample.cmo.json'));
  const service = await openService(file, { user: 'app', watchMs: 200 });
  const host = await startBrowserHost({ service, staticDir: RENDERER_DIST });
  try {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(host.url);
    const first = page.locator('.sidebar .source-group').first().locator('.source-item').first();
    await first.click();
    await expect(page.locator('.transcript-text p').first()).toBeVisible();
    const shown = (await page.locator('.transcript-text p').first().innerText()).trim().slice(0, 40);
    const src = service.project().sources.find((s) => s.text.includes(shown))!;
    const before = await page.locator('.transcript-text mark').count();
    // a passage of the open source not coded yet: a sentence far from any segment
    const coded = service.project().segments.filter((g) => g.sourceId === src.id);
    const sentences = src.text.split(/(?<=[.!?])\s+/).filter((x) => x.length > 30 && !x.includes(':'));
    const passage = sentences.find((x) => {
      const at = src.text.indexOf(x);
      return src.text.indexOf(x, at + 1) < 0 && !coded.some((g) => g.start < at + x.length && at < g.end);
    })!;
    expect(passage).toBeTruthy();
    // the "CLI": its own service on the same file
    const cli = await openService(file, { user: 'cli' });
    const seg = await cli.call('segment.codeText', { source: src.id, text: passage, kind: 'O', pt: ['4a'] });
    await expect(page.locator(`.transcript-text mark[data-segment-ids~="${seg.id}"]`).first()).toBeVisible({
      timeout: 10_000,
    });
    expect(await page.locator('.transcript-text mark').count()).toBeGreaterThan(before);
    await shot('outside-change-1440x900');
    // the window's own change starts from the file as the CLI left it: both codings are kept
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => JSON.parse(fs.readFileSync(file, 'utf8')).segments.some((g: { id: string }) => g.id === seg.id), {
        timeout: 10_000,
      })
      .toBe(false);
  } finally {
    await host.close();
    service.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
