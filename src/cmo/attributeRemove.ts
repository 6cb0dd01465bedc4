/**
 * Removing a case or source attribute: its definition and every case's (or source's) value for it, in one step.
 * What else names a case attribute by id or label: the quotes' attribution template (`{attr:sektor}`), whose part
 * naming it goes with it (the rest of the template kept, as a quote without the value would read), and framework
 * summaries written for a matrix with the attribute as rows or columns, which refuse the removal (a researcher's
 * text is never dropped on the side). The REFI-QDA export writes the definitions and values left, so it follows.
 */
import type { AttributeDef, Project } from './model';
import { DomainError } from './errors';
import { fold } from './lookup';
import { say } from './logMessages';
import { attributeDefsOf, findAttributeDef, type AttributeHolder } from './cases';

export interface AttributeRemoval {
  project: Project;
  def: AttributeDef;
  /** how many cases (or sources) held a value for it */
  cleared: number;
  /** the attribution template after the attribute's part went, or null when it did not name the attribute */
  attribution: string | null;
}

/** Whether a template token or matrix dimension (`attr:sektor`, `attr:Privat/offentlig`) names the attribute. */
const names = (def: AttributeDef, ref: string) => fold(ref) === fold(def.id) || fold(ref) === fold(def.label);

/**
 * The template without the comma- (or semicolon-) separated parts naming the attribute:
 * `({role}, {case}, {attr:ansatte} ansatte)` → `({role}, {case})`; null when no part names it.
 */
export function attributionWithout(template: string, def: AttributeDef): string | null {
  const naming = (piece: string) => [...piece.matchAll(/\{\s*attr:([^{}]+)\}/gi)].some((m) => names(def, m[1]!.trim()));
  if (!naming(template)) return null;
  const prefix = /^[\s([]*/.exec(template)![0];
  const suffix = /[\s)\]]*$/.exec(template.slice(prefix.length))![0];
  const pieces = template.slice(prefix.length, template.length - suffix.length).split(/(\s*[,;]\s*)/);
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    if (naming(pieces[i]!)) continue;
    if (kept.length) kept.push(pieces[i - 1] ?? ', ');
    kept.push(pieces[i]!);
  }
  return kept.length ? `${prefix}${kept.join('')}${suffix}` : '';
}

/** What removing an attribute would do, so the window can say it before the researcher confirms. */
export interface AttributeRemovalPreview {
  def: AttributeDef;
  /** how many cases (or sources) hold a value for it */
  held: number;
  /** the attribution template it would leave, or null when the template does not name the attribute */
  attribution: string | null;
  /** framework summaries kept for a matrix by it: the removal is refused while there are any */
  summaries: number;
}

/** The attribute `ref` (id or label; an unknown one refused naming the known ones) and what its removal touches. */
export function attributeRemovalPreview(project: Project, on: AttributeHolder, ref: string): AttributeRemovalPreview {
  const def = findAttributeDef(attributeDefsOf(project, on), ref, on);
  const holders: readonly { attributes?: Record<string, string> }[] = on === 'source' ? project.sources : project.cases;
  const held = holders.filter((h) => h.attributes?.[def.id]).length;
  if (on === 'source') return { def, held, attribution: null, summaries: 0 };
  const dims = (d: string) => d.startsWith('attr:') && names(def, d.slice(5).trim());
  const summaries = project.frameworkSummaries.filter((s) => dims(s.rows) || dims(s.cols)).length;
  return { def, held, attribution: attributionWithout(project.quoteSettings.attribution, def), summaries };
}

/**
 * Removes the attribute `ref` (id or label; an unknown one refused naming the known ones) from the case or source
 * attributes with every value for it; refused while a framework summary is kept for a matrix by it.
 */
export function removeAttribute(project: Project, on: AttributeHolder, ref: string): AttributeRemoval {
  const { def, held: cleared, attribution, summaries } = attributeRemovalPreview(project, on, ref);
  if (summaries) throw new DomainError(say('errAttributeHasSummaries', { attribute: def.label, count: summaries }));
  const without = <T extends { attributes?: Record<string, string> }>(h: T): T => {
    if (!h.attributes || !(def.id in h.attributes)) return h;
    const { [def.id]: _gone, ...attributes } = h.attributes;
    return { ...h, attributes };
  };
  const defs = attributeDefsOf(project, on).filter((d) => d !== def);
  if (on === 'source')
    return {
      project: { ...project, sourceAttributeDefs: defs, sources: project.sources.map(without) },
      def,
      cleared,
      attribution,
    };
  const quoteSettings = attribution === null ? project.quoteSettings : { ...project.quoteSettings, attribution };
  const next = { ...project, attributeDefs: defs, cases: project.cases.map(without), quoteSettings };
  return { project: next, def, cleared, attribution };
}
