// The service under test in tests/unit/service/*: a fresh NFA project file per test, a fixed clock and ids.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openService, type Service } from '../../../src/service/service';
import { createProjectFile, openProjectFile } from '../../../src/store/projectFile';
import type { Project } from '../../../src/cmo/model';
import { makeTmp, nfaProject, rmTmp } from '../helpers';

export const LEDER_TXT =
  'Interviewer: Hvordan oplevede I aftaleforløbet?\n\n' +
  'Leder: Vi fik en skriftlig aftale med en frist på tre måneder.\n' +
  'Den tilsynsførende var meget kompetent, og hun gav os “gode råd” om løft.\n\n' +
  'Interviewer: Og arbejdsmiljørepræsentanten?\n\n' +
  'AMR: Jeg var med til alle møderne, og vi fik en skriftlig aftale.\n';

export const TF_TXT =
  'Interviewer: Hvad betyder aftaleforløb for dit arbejde?\r\n\r\nIP: Jeg får mere tid til vejledning ude ' +
  'på virksomhederne.\r\n';

export const b64 = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64');

export let dir: string;
export let file: string;
export let svc: Service;
let tick: number;

export async function open(): Promise<Service> {
  return openService(file, {
    user: 'tester',
    now: () => new Date(Date.UTC(2024, 4, 1, 10, 0, tick++)).toISOString(),
    newId: (() => {
      let n = 0;
      return (prefix: string) => `${prefix}-${++n}-${tick}`;
    })(),
  });
}
/** The project as it is on disk right now. */
export async function onDisk(): Promise<Project> {
  return (await openProjectFile(file)).data;
}
export const bytes = () => fs.readFileSync(file);

/** Registers the fresh project before each test of the calling file, and its removal after. */
export function withService() {
  beforeEach(async () => {
    tick = 0;
    dir = makeTmp('cmo-svc-');
    file = path.join(dir, 'test.cmo.json');
    await createProjectFile(file, nfaProject());
    svc = await open();
  });
  afterEach(() => rmTmp(dir));
}

export async function importLeder() {
  return svc.call('source.import', {
    fileName: 'leder-case3.txt',
    dataBase64: b64(LEDER_TXT),
    caseId: '3',
    role: 'Leder',
  });
}
