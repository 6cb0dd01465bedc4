import { SCHEMA_VERSION, type Project } from '../model';
import { NFA_ABBREVIATIONS, NFA_PROGRAMME_THEORY } from './nfa-programteori';
import { NFA_ATTRIBUTES, NFA_CASES, NFA_ROLES } from './nfa-cases';
import { nfaCodebook } from './nfa-codebook';

export const TEMPLATE_IDS = ['nfa-aftaleforloeb', 'blank'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export interface NewProjectOptions {
  id: string;
  name: string;
  now: string;
  language?: 'da' | 'en';
}

/** A fresh project from a template; structuredClone so no two projects share template objects. */
export function projectFromTemplate(template: TemplateId, o: NewProjectOptions): Project {
  const base = {
    schemaVersion: SCHEMA_VERSION,
    id: o.id,
    name: o.name,
    language: o.language ?? 'da',
    template,
    coders: [],
    createdAt: o.now,
    updatedAt: o.now,
    participants: [],
    sources: [],
    segments: [],
    configurations: [],
    history: { undo: [], redo: [] },
    pseudonyms: [],
    quoteRenditions: [],
    quoteSettings: { attribution: '({role}, {case})', quoteMarks: 'da', order: [] },
    frameworkSummaries: [],
    memos: [],
    log: [{ at: o.now, who: '', command: 'project.create', summary: `Projekt oprettet fra skabelonen ${template}` }],
  } satisfies Partial<Project>;
  if (template === 'blank') {
    return {
      ...base,
      programmeTheory: { name: 'Programteori', points: [], notes: '' },
      roles: [],
      attributeDefs: [],
      cases: [],
      codes: [],
    };
  }
  return structuredClone({
    ...base,
    programmeTheory: {
      name: 'Programteori aftaleforløb ved mistanke (Bilag 3, Tabel 5)',
      points: NFA_PROGRAMME_THEORY,
      notes: NFA_ABBREVIATIONS,
    },
    roles: NFA_ROLES,
    attributeDefs: NFA_ATTRIBUTES,
    cases: NFA_CASES,
    codes: nfaCodebook(),
  });
}
