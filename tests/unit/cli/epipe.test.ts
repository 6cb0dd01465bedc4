import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService } from '../../../src/service/service';

const BIN = fileURLToPath(new URL('../../../bin/cmo.mjs', import.meta.url));

describe('cmo … | head: a closed pipe ends the CLI quietly', () => {
  it('`cmo source <p> <src> --json | head -c 10` prints no stack trace and exits 0', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'epipe-'));
    const file = path.join(dir, 'p.cmo.json');
    await createProjectFile(file, projectFromTemplate('blank', { id: 'p', name: 'p', now: '2026-01-01T00:00:00Z' }));
    const svc = await openService(file, { user: 't' });
    // far more than a pipe's 64 KB buffer, so the write meets the closed pipe
    const text = Array.from(
      { length: 4000 },
      (_, i) => `Interviewer: Spørgsmål ${i}?\n\nLeder: Svar ${i} om noget helt andet.`,
    ).join('\n\n');
    await svc.call('source.import', {
      fileName: 'Case 01 - Leder.txt',
      dataBase64: Buffer.from(text).toString('base64'),
    });
    const run = (cmd: string) =>
      spawnSync('bash', ['-c', `${cmd}; echo "exit=\${PIPESTATUS[0]}" >&2`], {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 60_000,
      });
    const r = run(`"${process.execPath}" "${BIN}" source "${file}" "Case 01 - Leder" --json | head -c 10`);
    expect(r.stdout).toBe('{\n  "id": ');
    expect(r.stderr.trim()).toBe('exit=0'); // nothing else: no "Error: write EPIPE", no stack
    // a refusal whose stderr is cut short keeps its exit code, still without a stack
    const u = run(`"${process.execPath}" "${BIN}" nosuchcommand 2>&1 | head -c 3`);
    expect(u.stdout).toBe('cmo');
    expect(u.stderr.trim()).toBe('exit=2');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});
