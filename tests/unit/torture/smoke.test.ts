// A one-minute smoke of the torture suite (`npm run torture` is the full run): every section with
// small counts — kill -9 during saves, two CLIs at once, the app and a CLI at once, fast-check
// fuzzing of every importer and of the project loader — and nothing lost, unreadable, altered, left
// behind, crashed or hung.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { failing, formatTable, emptyRow, type Row } from '../../../scripts/torture/table';

const ROOT = path.resolve(__dirname, '../../..');
const tail = (file: string) =>
  (fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').slice(-6) : []).join(' | ');

describe('the torture table', () => {
  it('fails a section on anything lost, unreadable, altered, left behind, crashed or hung — not on refusals', () => {
    expect(failing({ ...emptyRow('x'), runs: 5, refused: 3, slowestMs: 10, slowest: 'y' })).toBe(false);
    for (const k of ['unreadable', 'lost', 'stray', 'altered', 'crashes', 'hangs'] as const)
      expect(failing({ ...emptyRow('x'), runs: 5, [k]: 1 } as Row)).toBe(true);
  });
  it('prints one Markdown row per section, with the slowest input', () => {
    const t = formatTable([{ ...emptyRow('kill -9'), runs: 200, slowestMs: 1500, slowest: 'a | b' }]);
    expect(t.split('\n')).toHaveLength(3);
    expect(t).toContain('| kill -9 | 200 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 1.5 s: a \\| b |');
  });
});

describe('npm run torture -- --smoke', () => {
  it('runs every section and finds nothing lost, unreadable, altered, left behind, crashed or hung', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'torture-smoke-'));
    // A backstop for a stuck harness only: every part has its own hang limit (30 s of CPU per fuzz
    // case, 180 s per CLI, 30 s for the app to end). The work is fixed — its longest path is 9 CLI
    // starts of ≥ 1.3 s CPU each before any work, beside ≈ 50 s CPU of fuzzing, and on a clean clone
    // the renderer's build — and took 66 s at load 8, 208–236 s at load 15–17 and over 236 s at load
    // 21 (2 cores, 2026-12-06), when the old 240 s limit stopped it with nothing found.
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/torture/run.ts', '--smoke', '--quiet', '--out', out],
      { cwd: ROOT, encoding: 'utf8', timeout: 330_000, env: { ...process.env, TORTURE_SMOKE: '1' } },
    );
    const reportFile = path.join(out, 'report.json');
    const log = () => `; its log (${out}/torture.log) ends: ${tail(path.join(out, 'torture.log'))}`;
    expect(fs.existsSync(reportFile), `no report: ${r.error?.message ?? r.stderr.slice(-1000)}${log()}`).toBe(true);
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as { rows: Row[]; stopped?: string };
    // stopped at the time limit: what was still running is said, and the log's last lines
    expect(report.stopped, `${report.stopped}${log()}`).toBeUndefined();
    const rows = report.rows;
    // every section ran: 3 writer sections, 12 importers, the loader
    expect(rows.map((x) => x.section)).toHaveLength(16);
    for (const row of rows) expect(row.runs, row.section).toBeGreaterThan(0);
    const bad = rows.filter(failing).map((x) => `${x.section}: ${JSON.stringify(x)}`);
    expect(bad, r.stdout.slice(-3000)).toEqual([]);
    expect(r.status).toBe(0);
    fs.rmSync(out, { recursive: true, force: true });
  }, 360_000);
});
