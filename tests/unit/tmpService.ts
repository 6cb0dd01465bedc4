/**
 * A service on a fresh NFA project in a temporary folder for each test (opened before, shut down and removed
 * after), and the small helpers the service tests share.
 */
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { openService, type Service } from '../../src/service/service';
import { createProjectFile } from '../../src/store/projectFile';
import type { Failure } from '../../src/api/contract';
import { makeTmp, nfaProject, rmTmp } from './helpers';

export interface TmpService {
  dir: string;
  /** the project file */
  file: string;
  svc: Service;
}

/** Registers the before/after hooks; the fields are set before each test. */
export function tmpService(prefix: string): TmpService {
  const t = { dir: '', file: '' } as TmpService;
  beforeEach(async () => {
    t.dir = makeTmp(prefix);
    t.file = path.join(t.dir, 'p.cmo.json');
    await createProjectFile(t.file, nfaProject());
    t.svc = await openService(t.file, { user: 'tester' });
  });
  afterEach(async () => {
    await t.svc.shutdown();
    rmTmp(t.dir);
  });
  return t;
}

export const b64 = (s: string) => Buffer.from(s).toString('base64');

/** A call refused as an input problem with this code; its words. */
export async function refused(r: Promise<{ ok: boolean }>, code: string): Promise<string> {
  const got = (await r) as Failure;
  expect(got.ok).toBe(false);
  expect(got.kind).not.toBe('internal');
  expect(got.code).toBe(code);
  return got.error;
}
