/**
 * What the data carries as codes and data — a coding-sheet row's reason, a code mapping's why, a
 * repair, a REFI-QDA loss, an import's warning — worded by the CLI in its language: no Danish in
 * English output, `--json` carries code, data and message, and a warning stored before warnings
 * had codes (a plain string in an older project file) is shown as it was stored.
 */
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cliRun';
import { makeTmp, rmTmp } from '../helpers';
import { refiDir } from '../refi/qdpx-helpers';

/** Danish words of these notices that must not reach English output. */
const DANISH =
  /[æøåÆØÅ]|\b(ikke|kilden?|citatet|ukendt|mangler|typen|kodning|fjernet|markeringer|kilder|filen|passager|tekst)\b/i;

const TEXT = 'Interviewer: Hvordan gik det?\n\nLeder: Hun var meget kompetent, café, og vi fik en skriftlig aftale.\n';
const SPEC = path.join(refiDir(), 'examples', 'spec-annexA2_atlasti-8.4-example_retyped_no-sources.qdpx');

let dir: string, file: string;
const coder = process.env.CMO_CODER;
beforeEach(async () => {
  dir = makeTmp('cmo-notices-');
  file = path.join(dir, 'p.cmo.json');
  process.env.CMO_CODER = 'tester';
  fs.writeFileSync(path.join(dir, 'Case 03 - Leder.txt'), iconv.encode(TEXT, 'latin1'));
  await runCli('new', file);
  await runCli('import', file, path.join(dir, 'Case 03 - Leder.txt'));
});
afterEach(() => {
  rmTmp(dir);
  if (coder === undefined) delete process.env.CMO_CODER;
  else process.env.CMO_CODER = coder;
});

const english = async (...argv: string[]) => {
  const r = await runCli(...argv, '--lang', 'en');
  expect(DANISH.exec(r.stdout + r.stderr)?.[0], `cmo ${argv.join(' ')}:\n${r.stdout}${r.stderr}`).toBeUndefined();
  return r;
};

describe('notices in the CLI', () => {
  it('coding-sheet rows: English reasons; --json has code, data and message', async () => {
    const sheet = path.join(dir, 'sheet.csv');
    fs.writeFileSync(sheet, 'source,quote,kind,pt\nCase 03 - Leder,findes ikke her,M,4a\nNope,x,M,4a\n');
    const r = await english('code-sheet', file, sheet);
    expect(r.stdout).toContain('row 2: the quote is not in the source ("Case 03 - Leder")');
    expect(r.stdout).toContain('row 3: unknown source "Nope"');
    const j = JSON.parse((await runCli('code-sheet', file, sheet, '--json')).stdout);
    expect(j.failed[1]).toEqual({
      row: 3,
      reason: { code: 'sheetUnknownSource', data: { source: 'Nope' }, message: 'ukendt kilde "Nope"' },
    });
  });

  it('repair: English findings; --json has code, data and message', async () => {
    const p = JSON.parse(fs.readFileSync(file, 'utf8'));
    p.sources[0].caseId = 'case-gone';
    fs.writeFileSync(file, JSON.stringify(p));
    const r = await english('repair', file, '--dry-run');
    expect(r.stdout).toMatch(/^would fix: source \S+: unknown case case-gone removed$/m);
    const j = JSON.parse((await runCli('repair', file, '--dry-run', '--json', '--lang', 'en')).stdout);
    expect(j.fixed).toEqual([
      {
        code: 'repairSourceCase',
        data: { id: p.sources[0].id, caseId: 'case-gone' },
        message: `source ${p.sources[0].id}: unknown case case-gone removed`,
      },
    ]);
  });

  it('repair: what it cannot mend, in English; the refusal to open keeps its Danish words', async () => {
    const p = JSON.parse(fs.readFileSync(file, 'utf8'));
    p.programmeTheory.points.push(p.programmeTheory.points[0]);
    fs.writeFileSync(file, JSON.stringify(p));
    const at = `programmeTheory.points.${p.programmeTheory.points.length - 1} (${p.programmeTheory.points[0].id})`;
    const r = await english('repair', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`cannot be fixed: ${at}: the id occurs twice\n`);
    const j = JSON.parse((await runCli('repair', file, '--json')).stdout);
    expect(j.left).toEqual([
      {
        where: at,
        problem: "id'et findes to gange (duplicate id)",
        code: 'intDuplicateId',
        data: {},
        message: "id'et findes to gange (duplicate id)",
      },
    ]);
    expect((await runCli('info', file)).stderr).toContain(`${at}: id'et findes to gange (duplicate id)`);
  });

  it('codes map --auto: the why of each proposal; --json has it as codes', async () => {
    await runCli('codes', 'add', file, 'Mekanisme');
    await runCli('code', file, '--source', 'Case 03 - Leder', '--text', 'meget kompetent', '--code', 'Mekanisme');
    const r = await english('codes', 'map', file, '--auto', '--dry-run');
    expect(r.stdout).toContain('Mekanisme  →  M  (1 passage; "Mekanisme" → M)');
    const j = JSON.parse((await runCli('codes', 'map', file, '--auto', '--dry-run', '--json')).stdout);
    expect(j.proposals[0].because).toEqual([
      { code: 'mapByKind', data: { name: 'Mekanisme', kind: 'M' }, message: '"Mekanisme" → M' },
    ]);
  });

  it.skipIf(!fs.existsSync(SPEC))('a REFI-QDA import: what did not come over, in English', async () => {
    const r = await english('new', path.join(dir, 'q.cmo.json'), '--from', SPEC);
    expect(r.stdout).toContain('not carried over: 4 PDF selections — areas of a PDF page cannot become text passages');
    const j = JSON.parse((await runCli('new', path.join(dir, 'q2.cmo.json'), '--from', SPEC, '--json')).stdout);
    expect(j.lost[1]).toEqual({
      count: 4,
      what: { code: 'lostPdfSelection', data: {}, message: 'PDF-markeringer (PDF selections)' },
      why: {
        code: 'lostPdfSelectionWhy',
        data: {},
        message: 'områder på en PDF-side kan ikke blive til tekstpassager',
      },
    });
  });

  it('import warnings: worded from their codes; one stored without a code is shown as it was stored', async () => {
    const src = await english('source', file, 'Case 03 - Leder');
    expect(src.stdout).toContain('Warning: The file was not UTF-8; read as ISO-8859-1');
    const j = JSON.parse((await runCli('source', file, 'Case 03 - Leder', '--json')).stdout);
    expect(j.provenance.warnings).toEqual([
      {
        code: 'warnNotUtf8',
        data: { encoding: 'ISO-8859-1' },
        message: 'Filen var ikke UTF-8; læst som ISO-8859-1',
      },
    ]);
    // an older project file: the warning is a plain string, no code
    const p = JSON.parse(fs.readFileSync(file, 'utf8'));
    delete p.sources[0].provenance.warningsSaid;
    p.sources[0].provenance.warnings = ['Gammel advarsel uden kode'];
    fs.writeFileSync(file, JSON.stringify(p));
    for (const lang of ['da', 'en']) {
      const old = await runCli('source', file, 'Case 03 - Leder', '--lang', lang);
      expect(old.stdout).toMatch(/^(Advarsel|Warning): Gammel advarsel uden kode$/m);
    }
    const oj = JSON.parse((await runCli('source', file, 'Case 03 - Leder', '--json')).stdout);
    expect(oj.provenance.warnings).toEqual([{ code: null, data: {}, message: 'Gammel advarsel uden kode' }]);
    // a new import writes both: the words and their code
    fs.writeFileSync(path.join(dir, 'Case 04 - Leder.txt'), iconv.encode(TEXT.replace('Hun', 'Han'), 'latin1'));
    const row = JSON.parse(
      (await runCli('import', file, path.join(dir, 'Case 04 - Leder.txt'), '--json', '--lang', 'en')).stdout,
    );
    expect(row.warnings).toEqual([
      { code: 'warnNotUtf8', data: { encoding: 'ISO-8859-1' }, message: 'The file was not UTF-8; read as ISO-8859-1' },
    ]);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')).sources[1].provenance;
    expect(saved).toMatchObject({
      warnings: ['Filen var ikke UTF-8; læst som ISO-8859-1'],
      warningsSaid: [{ key: 'warnNotUtf8', params: { encoding: 'ISO-8859-1' } }],
    });
  });

  it('an import refused: --json keeps the Danish error, adds code, data and words in the CLI language', async () => {
    fs.writeFileSync(path.join(dir, 'tom.txt'), '');
    const rows = (
      await runCli(
        'import',
        file,
        path.join(dir, 'tom.txt'),
        path.join(dir, 'Case 03 - Leder.txt'),
        '--json',
        '--lang',
        'en',
      )
    ).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({
      status: 'error',
      error: 'tom.txt: filen er tom (0 byte)',
      problem: { code: 'errImportFile', message: 'tom.txt: the file is empty (0 bytes)' },
    });
    expect(rows[1]).toMatchObject({ status: 'duplicate', problem: { code: 'errDuplicateImport' } });
    expect(rows[1].problem.message).toMatch(/already been imported/);
  });
});
