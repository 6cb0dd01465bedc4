/**
 * The source attribute filter the matrix and the quotes share: the sources that have the asked
 * values (REFI-QDA source variables, e.g. `{ interviewform: ['Telefon'] }`), and the filter in words.
 */
import type { Project } from './model';
import { findAttributeDef } from './cases';
import { fold } from './lookup';

/** `{ interviewform: 'Telefon' }` or several values each (any of them); an attribute by id or label. */
export type SourceAttrFilter = Record<string, string | string[]>;

export interface SourcesWithAttributes {
  /** the ids of the sources that have every asked attribute (any of its asked values); null: nothing asked */
  keep: Set<string> | null;
  /** `Interviewform: Telefon` per asked attribute, for a filter line */
  said: string[];
}

/**
 * The sources with the asked source attribute values: every attribute asked, any of its values (compared
 * ignoring case; `''` is a source without a value). An unknown attribute is refused by name
 * (`errUnknownAttribute`, naming the known ones).
 */
export function sourcesWithAttributes(project: Project, asked: SourceAttrFilter | undefined): SourcesWithAttributes {
  const defs = project.sourceAttributeDefs ?? [];
  const wanted = Object.entries(asked ?? {}).map(([ref, v]) => {
    const values = (Array.isArray(v) ? v : [v]).map((x) => x.trim());
    return { def: findAttributeDef(defs, ref, 'source'), values, folded: new Set(values.map(fold)) };
  });
  if (!wanted.length) return { keep: null, said: [] };
  const keep = new Set(
    project.sources
      .filter((s) => wanted.every(({ def, folded }) => folded.has(fold(s.attributes?.[def.id] ?? ''))))
      .map((s) => s.id),
  );
  return { keep, said: wanted.map(({ def, values }) => `${def.label}: ${values.join(', ')}`) };
}
