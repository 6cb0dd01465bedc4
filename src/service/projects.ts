/**
 * Making a project: one place for the CLI (`cmo new`), the window's Projects dialog and the sample.
 * A project's file is named after it (`<name>.cmo.json`), any characters kept but those no file
 * system takes.
 */
import crypto from 'node:crypto';
import path from 'node:path';
import { TEMPLATE_IDS, projectFromTemplate, type TemplateId } from '../cmo/templates/index';
import type { Project } from '../cmo/model';
import { createProjectFile } from '../store/projectFile';

export { TEMPLATE_IDS };
export interface NewProject {
  name: string;
  template?: TemplateId;
  language?: 'da' | 'en';
}

/** `Arbejdsmiljø på tværs: 2027?` → `Arbejdsmiljø på tværs 2027.cmo.json` (no / \ : * ? " < > | or control characters). */
export function projectFileName(name: string): string {
  const safe = name
    .normalize('NFC')
    .replace(/[/\\:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${safe || 'Projekt'}.cmo.json`;
}

/** A new project from a template (the NFA programteori by default), not yet saved. */
export function newProject(o: NewProject, now = new Date().toISOString()): Project {
  return projectFromTemplate(o.template ?? 'nfa-aftaleforloeb', {
    id: crypto.randomUUID(),
    name: o.name.trim(),
    now,
    language: o.language ?? 'da',
  });
}

/** Creates the project file; refuses when a file is there already. Returns its absolute path. */
export async function createProject(file: string, o: NewProject | Project): Promise<string> {
  const abs = path.resolve(file);
  await createProjectFile(abs, 'schemaVersion' in o ? o : newProject(o));
  return abs;
}
