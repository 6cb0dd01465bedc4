/**
 * Bad input through the service's dispatch, as a host sends it: every one is refused with a stable
 * code from the one message table (words in Danish and English), never as an internal error. An
 * internal error (a bug) is one line for the user; its stack goes to the error log.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openService, toReply, type Service } from '../../../src/service/service';
import { errorLogPath, MAX_LOG_BYTES } from '../../../src/service/errorLog';
import { createProjectFile } from '../../../src/store/projectFile';
import { isMessageKey, logText } from '../../../src/cmo/logMessages';
import type { Failure } from '../../../src/api/contract';
import { projectFromQdpx } from '../../../src/refi/qdpxImport';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const TEXT = 'Interviewer: Hvordan gik det?\n\nLeder: Vi fik en skriftlig aftale med en frist.\n';

let dir: string;
let svc: Service;
const home = process.env.CMO_HOME;
beforeEach(async () => {
  dir = makeTmp('cmo-refusals-');
  process.env.CMO_HOME = path.join(dir, 'home');
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
  svc = await openService(file, { user: 'tester' });
});
afterEach(() => {
  svc.close();
  if (home === undefined) delete process.env.CMO_HOME;
  else process.env.CMO_HOME = home;
  rmTmp(dir);
});

/** A refusal as the user meets it: not internal, coded, worded in both languages, one line. */
function expectRefusal(r: Awaited<ReturnType<Service['dispatch']>>, code: string): Failure {
  expect(r.ok).toBe(false);
  const f = r as Failure;
  expect(f.kind).not.toBe('internal');
  expect(f.error).not.toMatch(/Intern fejl|Internal error|\n|\bat .*:\d+:\d+/);
  expect(f.code).toBe(code);
  expect(isMessageKey(f.code!)).toBe(true);
  const said = { key: f.code!, params: f.data };
  expect(logText(said, 'en')).toBeTruthy();
  expect(logText(said, 'da')).toBeTruthy();
  return f;
}

describe('bad input through dispatch', () => {
  it('is refused with a code, never as an internal error', async () => {
    expectRefusal(await svc.dispatch('matrix.compute', { pts: ['99z'] }), 'errUnknownPt');
    expectRefusal(await svc.dispatch('matrix.compute', { cases: ['Case 404'] }), 'errUnknownCase');
    expectRefusal(await svc.dispatch('matrix.compute', { roles: ['Borgmester'] }), 'errUnknownRoleId');
    expectRefusal(await svc.dispatch('matrix.compute', { rows: 'nonsense' }), 'errInvalidIssue');
    const qdc = { fileName: 'kodebog.qdc', xml: '<CodeBook><Codes><Code name="a"' };
    expect(expectRefusal(await svc.dispatch('codes.importQdc', qdc), 'errImportFile').error).toMatch(/^kodebog\.qdc: /);
    const noBook = { fileName: 'tom.qdc', xml: '<Project/>' };
    expectRefusal(await svc.dispatch('codes.importQdc', noBook), 'errImportFile');
    const seg = { sourceId: 'ingen-kilde', start: 0, end: 5, kind: 'C', pt: ['4a'] };
    expectRefusal(await svc.dispatch('segment.add', seg), 'errUnknownSource');
    expectRefusal(await svc.dispatch('segment.explode', {}), 'errUnknownMethod');
    expectRefusal(await svc.dispatch('history.undo', {}), 'errNothingToUndo');
    const docx = { fileName: 'ødelagt.docx', dataBase64: b64('PK\u0003\u0004 ikke et rigtigt arkiv') };
    expectRefusal(await svc.dispatch('source.import', docx), 'errImportFile');
    const sheet = { fileName: 'ark.xlsx', dataBase64: b64('ikke et regneark') };
    expectRefusal(await svc.dispatch('codeSheet.preview', sheet), 'errImportFile');
    expect(fs.existsSync(errorLogPath())).toBe(false); // nothing was a bug
  });

  it('a duplicate import says which source it duplicates, as data', async () => {
    const first = await svc.dispatch('source.import', { fileName: 'leder.txt', dataBase64: b64(TEXT) });
    expect(first.ok).toBe(true);
    const again = await svc.dispatch('source.import', { fileName: 'kopi.txt', dataBase64: b64(TEXT) });
    const f = expectRefusal(again, 'errDuplicateImport');
    expect(f.data).toEqual({ file: 'kopi.txt', existingName: 'leder' });
    expect(logText({ key: f.code!, params: f.data }, 'en')).toBe(
      'kopi.txt: the same text has already been imported as "leder" — skipped',
    );
  });
});

describe('a REFI-QDA project that cannot be read', () => {
  it('is an import refusal naming the file, its problem coded', () => {
    let caught: unknown;
    try {
      projectFromQdpx(Buffer.from('ikke et zip-arkiv'), 'nvivo.qdpx', nfaProject(), '2026-01-01T00:00:00.000Z');
    } catch (e) {
      caught = e;
    }
    const r = toReply(caught);
    expect(r).toMatchObject({ kind: 'domain', code: 'errImportFile', data: { file: 'nvivo.qdpx' } });
    expect(r.error).toBe('nvivo.qdpx: er ikke et zip-arkiv (a .qdpx is a zip archive)');
    expect(logText({ key: r.code!, params: r.data }, 'en')).toBe('nvivo.qdpx: is not a zip archive (a .qdpx is one)');
  });
});

describe('a project file that cannot be opened', () => {
  it('is refused as a file problem with its own code inside, in either language', async () => {
    const empty = path.join(dir, 'tom.cmo.json');
    fs.writeFileSync(empty, '  \n');
    const r = toReply(await openService(empty).catch((e: unknown) => e));
    expect(r).toMatchObject({
      ok: false,
      kind: 'file',
      code: 'errProjectOpen',
      error: `${empty}: filen er tom (empty file)`,
    });
    expect(r.data).toEqual({ file: empty, problem: { key: 'fileEmpty' } });
    expect(logText({ key: r.code!, params: r.data }, 'en')).toBe(`${empty}: the file is empty`);
  });
});

describe('an internal error', () => {
  it('is one line for the user; the log has the stack', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    const r = toReply(bug, 'segment.add');
    const log = errorLogPath();
    expect(log).toBe(path.join(dir, 'home', 'logs', 'errors.log'));
    expect(r).toEqual({
      ok: false,
      kind: 'internal',
      error: `Intern fejl (se ${log})`,
      code: 'errInternal',
      data: { log },
    });
    expect(logText({ key: r.code!, params: r.data }, 'en')).toBe(`Internal error (see ${log})`);
    const written = fs.readFileSync(log, 'utf8');
    expect(written).toContain('segment.add');
    expect(written).toContain("TypeError: Cannot read properties of undefined (reading 'x')");
    expect(written).toMatch(/\n\s+at .*refusals\.test\.ts/); // the stack
  });

  it('keeps the log bounded: past its limit it becomes errors.log.1 and a new one starts', () => {
    const log = errorLogPath();
    fs.mkdirSync(path.dirname(log), { recursive: true });
    fs.writeFileSync(log, 'x'.repeat(MAX_LOG_BYTES + 1));
    toReply(new Error('efter grænsen'));
    expect(fs.statSync(`${log}.1`).size).toBe(MAX_LOG_BYTES + 1);
    expect(fs.readFileSync(log, 'utf8')).toMatch(/^\[.*\] pid \d+\nError: efter grænsen\n/);
  });

  it('still gives one line when the log cannot be written', () => {
    fs.mkdirSync(path.join(dir, 'home'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'home', 'logs'), 'a file where the folder should be');
    const r = toReply(new Error('boom'));
    expect(r.kind).toBe('internal');
    expect(r.code).toBe('errInternalUnlogged');
    expect(r.error).toMatch(/^Intern fejl \(loggen .*errors\.log kunne ikke skrives: .*\)$/);
  });
});
