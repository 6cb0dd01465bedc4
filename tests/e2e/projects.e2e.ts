/**
 * Projects from the window: a new project with a Danish name, saved in the projects folder under that name;
 * recent ones reopened.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';
import { ensureRendererBuilt } from '../../scripts/build';
import { buildSampleProject } from '../../samples/sample-project';
import { startBrowserHost } from '../../src/host/browserHost';
import { openLifecycle } from '../../src/service/workspace/lifecycle';
import { RENDERER_DIST } from '../../src/paths';

type Home = {
  home: string;
  first: string;
  ws: Awaited<ReturnType<typeof openLifecycle>>;
  host: Awaited<ReturnType<typeof startBrowserHost>>;
};
/** A projects folder of its own ($CMO_HOME) with the sample in it as "Første", served in browser mode. */
async function inProjectsHome(f: (h: Home) => Promise<void>): Promise<void> {
  await ensureRendererBuilt();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'cmo-e2e-home-'));
  const before = process.env.CMO_HOME;
  process.env.CMO_HOME = home;
  const first = await buildSampleProject(path.join(home, 'Første.cmo.json'));
  const ws = await openLifecycle({ first, user: 'e2e' });
  const host = await startBrowserHost({ service: ws, staticDir: RENDERER_DIST });
  try {
    await f({ home, first, ws, host });
  } finally {
    await host.close();
    await ws.shutdown();
    process.env.CMO_HOME = before;
    fs.rmSync(home, { recursive: true, force: true });
  }
}

test('a new project from the Projects dialog opens under its Danish name; the last one is in the recent list', async ({
  page,
  shot,
}) => {
  await inProjectsHome(async ({ home, first, ws, host }) => {
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(host.url);
    await expect(page.locator('.project-name')).toHaveText(/Eksempelprojekt/);
    await page.getByRole('button', { name: /Projekter/ }).click();
    const dialog = page.locator('dialog.projects-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.projects-list').first()).toContainText('Første.cmo.json');
    await dialog.getByLabel('Navn').fill('Arbejdsmiljø på tværs: 2027');
    await expect(dialog.locator('.projects-hint')).toContainText('Arbejdsmiljø på tværs 2027.cmo.json');
    await shot('projects-dialog-1024x700');
    await dialog.getByRole('button', { name: /^Opret/ }).click();
    await expect(page.locator('.project-name')).toHaveText('Arbejdsmiljø på tværs: 2027', { timeout: 15_000 });
    const made = path.join(home, 'Arbejdsmiljø på tværs 2027.cmo.json');
    expect(fs.existsSync(made)).toBe(true);
    expect(JSON.parse(fs.readFileSync(made, 'utf8')).programmeTheory.points.length).toBeGreaterThan(10);
    await shot('projects-new-opened-1024x700');
    // back to the first one from the recent list, by keyboard
    await page.getByRole('button', { name: /Projekter/ }).click();
    const back = dialog
      .locator('.projects-list')
      .first()
      .getByRole('button', { name: /Eksempelprojekt/ });
    await back.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.project-name')).toHaveText(/Eksempelprojekt/, { timeout: 15_000 });
    expect(ws.file).toBe(path.resolve(first));
    // a file that is not a project is refused in one line, and the window stays on its project
    fs.writeFileSync(path.join(home, 'noter.txt'), 'ikke et projekt');
    await page.getByRole('button', { name: /Projekter/ }).click();
    await dialog.getByLabel('Projektfil (sti)').fill(path.join(home, 'noter.txt'));
    await dialog.getByRole('button', { name: 'Åbn fil' }).click();
    await expect(page.locator('.error-bar, [role=alert]').first()).toContainText('noter.txt');
    expect(ws.file).toBe(path.resolve(first));
  });
});

const NVIVO_FILE = 'refi-qda/examples/nvivo-win-12.6_hungarian-youtube-comments_303-codings.qdpx';
// ../shared beside the repository (or beside a worktree's folder)
const NVIVO =
  ['../shared', '../../shared'].map((d) => path.resolve(d, NVIVO_FILE)).find((f) => fs.existsSync(f)) ??
  path.resolve('../shared', NVIVO_FILE);

const SPEC = NVIVO.replace(/nvivo-win-12\.6_[^/]*$/, 'spec-annexA2_atlasti-8.4-example_retyped_no-sources.qdpx');
test('a REFI-QDA project with PDF, picture and video: the report lists what could not come over, in words', async ({
  page,
}) => {
  test.skip(!fs.existsSync(SPEC), `no ../shared/refi-qda (looked for ${SPEC})`);
  await inProjectsHome(async ({ host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: /Projekter/ }).click();
    const dialog = page.locator('dialog.projects-dialog');
    await dialog.getByLabel(/REFI-QDA/).setInputFiles(SPEC);
    const report = dialog.locator('.projects-report');
    // worded in the window from each loss's code
    await expect(report.locator('li').nth(1)).toHaveText(
      '4 × PDF-markeringer (PDF selections) — områder på en PDF-side kan ikke blive til tekstpassager',
      { timeout: 30_000 },
    );
    await expect(report).toContainText('2 × videomarkeringer (video selections)');
  });
});

const NVIVO_TITLE =
  'an NVivo project (.qdpx) opens from the Projects dialog with a report; ' +
  'two codes mapped onto PT points show in the matrix';
test(NVIVO_TITLE, async ({ page, shot }) => {
  test.skip(!fs.existsSync(NVIVO), `no ../shared/refi-qda (looked for ${NVIVO})`);
  test.setTimeout(180_000);
  await inProjectsHome(async ({ home, first, ws, host }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(host.url);
    await page.getByRole('button', { name: /Projekter/ }).click();
    const dialog = page.locator('dialog.projects-dialog');
    await dialog.getByLabel(/REFI-QDA/).setInputFiles(NVIVO);
    // while it reads: a progress bar, its stage in words, and Cancel; the window answers meanwhile
    const progress = dialog.locator('.qdpx-progress');
    await expect(progress).toBeVisible();
    await expect(progress.getByRole('button', { name: 'Annullér' })).toBeVisible();
    await expect(progress).toContainText(/Sender filen|Læser arkivet|Kilder \d+\/\d+|Gemmer/);
    await shot('projects-qdpx-progress-1440x900');
    const report = dialog.locator('.projects-report');
    await expect(report).toContainText('NVivo', { timeout: 30_000 });
    await expect(report).toContainText('303 kodninger');
    await expect(report).toContainText('UTF-16');
    await shot('projects-qdpx-report-1440x900');
    await report.getByRole('button', { name: 'Åbn projektet' }).click();
    await expect(page.locator('.project-name')).toHaveText(/nvivo-win-12\.6/, { timeout: 60_000 });
    expect(ws.project().segments.length).toBeGreaterThan(100);
    expect(fs.readdirSync(home).some((f) => /^nvivo-win-12\.6.*\.cmo\.json$/.test(f))).toBe(true);
    await shot('projects-qdpx-opened-1440x900');
    // two of its codes mapped onto PT points in the mapping table, then seen in the matrix
    await page.getByRole('button', { name: 'Kodebog', exact: true }).click();
    await page.getByRole('button', { name: 'Kortlæg til programteorien…' }).click();
    const mapping = page.locator('dialog.refi-mapping');
    const piros = '2. Attitűd szint az oltáshoz/piros',
      sarga = '2. Attitűd szint az oltáshoz/sárga';
    await mapping.getByLabel(`Type: ${piros}`).selectOption('O');
    await mapping.getByLabel(`PT-punkt: ${piros}`).selectOption('#10');
    await mapping.getByLabel(`Type: ${sarga}`).selectOption('M');
    await mapping.getByLabel(`PT-punkt: ${sarga}`).selectOption('#4a');
    const apply = mapping.getByRole('button', { name: 'Anvend 2 kortlægninger' });
    await expect(apply).toBeEnabled({ timeout: 30_000 });
    await apply.click();
    await expect(mapping.getByRole('status')).toContainText('3 passager fik type/PT/vurdering', { timeout: 30_000 });
    await mapping.getByRole('button', { name: 'Luk' }).click();
    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.locator('#m-rows').selectOption('source');
    const table = page.getByRole('table', { name: 'Matrix' });
    await expect(table.locator('td[data-row="videos_10_selected"][data-col="#10"]')).toHaveText('2');
    await expect(table.locator('td[data-row="videos_10_selected"][data-col="#4a"]')).toHaveText('1');
    await shot('projects-qdpx-mapped-matrix-1440x900');
  });
});
