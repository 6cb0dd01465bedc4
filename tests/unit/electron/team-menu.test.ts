/**
 * Electron's File menu for team coding (#20), without Electron: the entries in both languages, the
 * merge's open dialog (several copies, project files only), the copies merged through a real
 * service (one undo step; a second merge of the same copy none), the report sent to the window
 * only in the shape the window accepts, and every failure one error box naming the file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { menuTemplate, type MenuOptions } from '../../../electron/menu';
import { shellStrings } from '../../../electron/strings';
import { createTeamMenu, type TeamMenuDeps } from '../../../electron/teamMenu';
import { ShellEvent } from '../../../src/api/shellEvents';
import { emptyReport } from '../../../src/cmo/merge';
import { coderCopy } from '../../../src/cmo/coderCopy';
import { projectFromTemplate } from '../../../src/cmo/templates/index';
import { createProjectFile } from '../../../src/store/projectFile';
import { openService } from '../../../src/service/service';
import { clearTeamIntent, takeShellEvent, teamIntent } from '../../../renderer/src/team/shellTeam';
import { revisionStore } from '../../../renderer/src/shared/revision';
import { makeTmp, rmTmp } from '../helpers';

let dir = '';
afterEach(() => {
  if (dir) rmTmp(dir);
  dir = '';
});

function deps(over: Partial<TeamMenuDeps> = {}) {
  const d = {
    say: () => shellStrings('da'),
    lang: () => 'da' as const,
    showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
    readFile: vi.fn(async (f: string) => fs.readFileSync(f)),
    merge: vi.fn(async () => emptyReport()),
    tell: vi.fn((_e: ShellEvent) => {}),
    showError: vi.fn(),
    ...over,
  };
  return d;
}

describe('the File menu', () => {
  it('has Coder copy… and Merge coder copies… in Danish and English, each calling its handler', () => {
    const calls: string[] = [];
    const none = () => {};
    const o: MenuOptions = {
      platform: 'linux',
      packaged: true,
      ...{ onNew: none, onOpen: none, onOpenRefi: none, onExportRefi: none },
      onCoderCopy: () => calls.push('copy'),
      onMergeCopies: () => calls.push('merge'),
    };
    for (const [lang, copy, merge] of [
      ['da', 'Koderkopi…', 'Flet koderkopier…'],
      ['en', 'Coder copy…', 'Merge coder copies…'],
    ] as const) {
      const file = menuTemplate(shellStrings(lang), o)[0]!.submenu!;
      const labels = file.map((i) => i.label ?? i.type);
      // after the REFI-QDA entries, in a group of their own, before Quit
      expect(labels.indexOf(copy)).toBeGreaterThan(labels.indexOf(shellStrings(lang).exportRefi));
      expect(labels.indexOf(merge)).toBe(labels.indexOf(copy) + 1);
      expect(labels[labels.indexOf(merge) + 1]).toBe('separator');
      file.find((i) => i.label === copy)!.click!();
      file.find((i) => i.label === merge)!.click!();
    }
    expect(calls).toEqual(['copy', 'merge', 'copy', 'merge']);
  });
});

describe('Coder copy…', () => {
  it('opens the window at the copy form (the coder and blind are chosen there)', () => {
    const d = deps();
    createTeamMenu(d).coderCopy();
    expect(d.tell).toHaveBeenCalledWith({ action: 'coderCopy' });
    expect(d.showOpenDialog).not.toHaveBeenCalled();
  });
});

describe('Merge coder copies…', () => {
  it('asks for project files, several at once, and does nothing when cancelled', async () => {
    const d = deps();
    await createTeamMenu(d).mergeCopies();
    expect(d.showOpenDialog).toHaveBeenCalledWith({
      title: 'Vælg de koderkopier der skal flettes ind',
      filters: [{ name: 'CMO-projekt', extensions: ['json'] }],
      properties: ['openFile', 'multiSelections'],
    });
    expect(d.merge).not.toHaveBeenCalled();
    expect(d.tell).not.toHaveBeenCalled();
    expect(d.showError).not.toHaveBeenCalled();
  });

  it('merges the copies picked through the service, shows the report; again: nothing new, no undo step', async () => {
    dir = makeTmp('team-menu-');
    const file = path.join(dir, 'p.cmo.json');
    await createProjectFile(
      file,
      projectFromTemplate('nfa-aftaleforloeb', { id: 'p', name: 'Team', now: '2026-01-01T00:00:00Z' }),
    );
    const svc = await openService(file, { user: 'u' });
    await svc.call('source.import', {
      fileName: 'Case 01 - Leder.txt',
      dataBase64: Buffer.from('Leder: Vi fik hjælp til løftene, og det virkede.\n').toString('base64'),
      caseId: '1',
    });
    const copies = ['Mads', 'Karen'].map((coder) => path.join(dir, `${coder}.cmo.json`));
    for (const [i, coder] of ['Mads', 'Karen'].entries()) {
      await createProjectFile(
        copies[i]!,
        coderCopy(svc.project(), { coder, blind: true, now: '2026-01-02T00:00:00Z' }),
      );
      const c = await openService(copies[i]!, { user: coder });
      await c.call('segment.codeText', {
        source: 'Case 01 - Leder',
        text: 'Vi fik hjælp',
        kind: 'M',
        pt: ['4a'],
        coder,
      });
      await c.shutdown();
    }
    const told: ShellEvent[] = [];
    const d = deps({
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: copies })),
      merge: (c) => svc.call('coders.merge', { copies: c }),
      tell: (e) => told.push(e),
    });
    const menu = createTeamMenu(d);
    await menu.mergeCopies();
    expect(d.showError).not.toHaveBeenCalled();
    expect(told).toHaveLength(1);
    const sent = told[0]!;
    expect(ShellEvent.parse(sent)).toEqual(sent);
    expect(sent).toMatchObject({ action: 'merged', files: ['Mads.cmo.json', 'Karen.cmo.json'] });
    expect(sent.action === 'merged' && sent.report.added.segments).toBe(2);
    const steps = svc.project().history.undo.length;

    await menu.mergeCopies();
    const again = told[1]!;
    expect(again.action === 'merged' && [again.report.added.segments, again.report.skipped]).toEqual([0, 2]);
    expect(svc.project().history.undo).toHaveLength(steps);
    await svc.call('history.undo', {});
    expect(svc.project().segments).toEqual([]);
    await svc.shutdown();
  });

  it('a copy that cannot be read, or is refused, is one error box naming it; nothing is merged or sent', async () => {
    const missing = path.join(makeTmp('team-menu-'), 'borte.cmo.json');
    dir = path.dirname(missing);
    const d = deps({ showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [missing] })) });
    await createTeamMenu(d).mergeCopies();
    expect(d.merge).not.toHaveBeenCalled();
    expect(d.showError).toHaveBeenCalledWith(
      'Koderkopierne kunne ikke flettes ind',
      `${missing}: filen findes ikke (no such file)`,
    );

    fs.writeFileSync(missing, '{ not json');
    const refused = deps({
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: [missing] })),
      merge: vi.fn(async () => {
        throw new Error(`${missing}: ikke et CMO-projekt`);
      }),
    });
    await createTeamMenu(refused).mergeCopies();
    expect(refused.showError).toHaveBeenCalledWith(
      'Koderkopierne kunne ikke flettes ind',
      `${missing}: ikke et CMO-projekt`,
    );
    expect(refused.tell).not.toHaveBeenCalled();

    const many = deps({
      showOpenDialog: vi.fn(async () => ({ canceled: false, filePaths: Array.from({ length: 51 }, () => missing) })),
    });
    await createTeamMenu(many).mergeCopies();
    expect(many.showError).toHaveBeenCalledWith(
      'Koderkopierne kunne ikke flettes ind',
      'Højst 50 koderkopier ad gangen',
    );
    expect(many.readFile).not.toHaveBeenCalled();
  });
});

describe('the window takes only what it knows from the shell', () => {
  it('opens the team coding for a valid event and ignores anything else', () => {
    const report = emptyReport();
    for (const bad of [
      null,
      'coderCopy',
      { action: 'deleteEverything' },
      { action: 'coderCopy', extra: 1 },
      { action: 'merged', files: [], report },
      { action: 'merged', files: ['a.cmo.json'], report: { ...report, skipped: -1 } },
      { action: 'merged', files: ['a.cmo.json'] },
    ]) {
      expect(takeShellEvent(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(teamIntent()).toBeNull();
    expect(takeShellEvent({ action: 'coderCopy' })).toBe(true);
    expect(teamIntent()).toMatchObject({ to: 'copy' });
    const rev = revisionStore.get();
    expect(takeShellEvent({ action: 'merged', files: ['a.cmo.json', 'b.cmo.json'], report })).toBe(true);
    expect(teamIntent()).toMatchObject({ to: 'merged', files: 'a.cmo.json, b.cmo.json', report });
    expect(revisionStore.get()).toBe(rev + 1); // the window's queries follow the merged project
    clearTeamIntent();
    expect(teamIntent()).toBeNull();
  });
});
