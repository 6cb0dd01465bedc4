/**
 * REFI-QDA: a project opened from the NVivo 12.6 export (303 codings), two of its codes mapped onto
 * PT points in the mapping table, and the passages counted under those PT points in the matrix.
 * Skipped (with the reason printed) when ../shared/refi-qda is absent.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { projectFromTemplate } from '../../src/cmo/templates/index';
import { projectFromQdpx } from '../../src/refi/qdpxImport';
import { createProjectFile } from '../../src/store/projectFile';
import { openService } from '../../src/service/service';
import { startBrowserHost } from '../../src/host/browserHost';
import { ensureRendererBuilt } from '../../scripts/build';
import { RENDERER_DIST } from '../../src/paths';

// ../shared beside the repository, or beside the main checkout when run from a git worktree (wt/<name>)
const NVIVO = ['../shared', '../../shared']
  .map((d) => path.resolve(d, 'refi-qda/examples/nvivo-win-12.6_hungarian-youtube-comments_303-codings.qdpx'))
  .reduce((found, p) => (fs.existsSync(found) ? found : p));
if (!fs.existsSync(NVIVO)) console.log(`refi.e2e: skipped — ${NVIVO} is absent`);

test('an NVivo project: two codes mapped onto PT points in the mapping table, seen in the matrix', async ({
  page,
  shot,
}) => {
  test.skip(!fs.existsSync(NVIVO), 'the NVivo example is absent');
  // 7 s on a quiet machine; over 60 s once while acceptance checks ran beside the suite (as projects.e2e's NVivo test)
  test.setTimeout(180_000);
  await ensureRendererBuilt();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cmo-e2e-refi-'));
  const file = path.join(dir, 'nvivo.cmo.json');
  const now = new Date().toISOString();
  const base = projectFromTemplate('nfa-aftaleforloeb', { id: 'refi-e2e', name: 'NVivo-projekt', now });
  const { project, report } = projectFromQdpx(fs.readFileSync(NVIVO), path.basename(NVIVO), base, now);
  expect(report.segments).toBe(188);
  await createProjectFile(file, project);
  const service = await openService(file, { user: 'e2e' });
  const host = await startBrowserHost({ service, staticDir: RENDERER_DIST });
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(host.url);
    await page.getByRole('button', { name: 'Kodebog', exact: true }).click();
    await page.getByRole('button', { name: 'Kortlæg til programteorien…' }).click();
    const dialog = page.locator('dialog.refi-mapping');
    await expect(dialog.locator('tbody tr').first()).toBeVisible();
    const piros = '2. Attitűd szint az oltáshoz/piros',
      sarga = '2. Attitűd szint az oltáshoz/sárga';
    await dialog.getByLabel(`Type: ${piros}`).selectOption('O');
    await dialog.getByLabel(`PT-punkt: ${piros}`).selectOption('#10');
    await dialog.getByLabel(`Vurdering: ${piros}`).selectOption('refutes');
    await dialog.getByLabel(`Type: ${sarga}`).selectOption('M');
    await dialog.getByLabel(`PT-punkt: ${sarga}`).selectOption('#4a');
    await shot('refi-01-mapping-table');
    await dialog.getByRole('button', { name: 'Anvend 2 kortlægninger' }).click();
    await expect(dialog.getByRole('status')).toContainText('3 passager fik type/PT/vurdering', { timeout: 30_000 });
    await shot('refi-02-mapped');
    await dialog.getByRole('button', { name: 'Luk' }).click();

    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.locator('#m-rows').selectOption('source');
    const table = page.getByRole('table', { name: 'Matrix' });
    const cell = (row: string, col: string) => table.locator(`td[data-row="${row}"][data-col="${col}"]`);
    await expect(cell('videos_10_selected', '#10')).toHaveText('2');
    await expect(cell('videos_10_selected', '#4a')).toHaveText('1');
    await shot('refi-03-matrix');
    expect(errors).toEqual([]);
  } finally {
    await host.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
