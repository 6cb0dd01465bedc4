/**
 * The report's attribution line under a quote: the template's tokens (`{role}`, `{case}`, `{attr:sektor}` …) and how
 * a template is filled for a quote, leaving out what is unknown.
 */
import type { Project } from './model';
import { findAttribute } from './lookup';
import { DomainError } from './errors';
import { say } from './logMessages';
import type { Quote } from './quotes';

/** The report's attribution: `(Leder, case 1)`; parts that are unknown are left out. */
export function attribution(role: string, caseLabel: string): string {
  const parts = [role, caseLabel].filter(Boolean);
  return parts.length ? `(${parts.join(', ')})` : '';
}

export const ATTRIBUTION_TOKENS = [
  'role',
  'case',
  'caseNumber',
  'caseLabel',
  'participant',
  'source',
  'kind',
  'pt',
  'attr:<egenskab>',
] as const;

/**
 * Fills an attribution template: `({role}, {case}, {attr:sektor}, {attr:ansatte} ansatte)` →
 * `(Leder, case 1, Privat, 35-99 ansatte)`. A comma-separated part whose tokens are all empty is
 * left out with its comma; when nothing is left, the attribution is empty.
 */
export function formatAttribution(template: string, value: (token: string) => string): string {
  const tokens = /\{([^{}]+)\}/g;
  if (!tokens.test(template)) return template;
  const prefix = /^[\s([]*/.exec(template)![0];
  const suffix = /[\s)\]]*$/.exec(template.slice(prefix.length))![0];
  const inner = template.slice(prefix.length, template.length - suffix.length);
  const pieces = inner.split(/(\s*[,;]\s*)/);
  const kept: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    const piece = pieces[i]!;
    let any = false,
      filled = false;
    const text = piece.replace(/\{([^{}]+)\}/g, (_m, t: string) => {
      any = true;
      const v = value(t.trim());
      if (v) filled = true;
      return v;
    });
    if (any && !filled) continue;
    if (!text.trim() && !any) continue;
    if (kept.length) kept.push(pieces[i - 1] ?? ', ');
    kept.push(text);
  }
  if (!kept.length) return '';
  return `${prefix}${kept.join('')}${suffix}`;
}

/** The template's tokens resolved for a project; an unknown token or attribute is an error naming the known ones. */
export function attributionFor(project: Project, template: string) {
  const attrIds = new Map<string, string>();
  for (const m of template.matchAll(/\{([^{}]+)\}/g)) {
    const t = m[1]!.trim();
    if (/^attr:/i.test(t)) attrIds.set(t, findAttribute(project, t.slice(5).trim()).id);
    else if (!(ATTRIBUTION_TOKENS as readonly string[]).some((k) => k.toLowerCase() === t.toLowerCase()))
      throw new DomainError(
        say('errUnknownAttributionField', { field: t, known: ATTRIBUTION_TOKENS.map((k) => `{${k}}`).join(', ') }),
      );
  }
  return (q: Omit<Quote, 'attribution'>) =>
    formatAttribution(template, (t) => {
      const a = attrIds.get(t);
      if (a) return q.caseAttributes[a] ?? '';
      switch (t.toLowerCase()) {
        case 'role':
          return q.role;
        case 'case':
          return q.caseNumber !== null ? `case ${q.caseNumber}` : q.caseLabel;
        case 'casenumber':
          return q.caseNumber !== null ? String(q.caseNumber) : '';
        case 'caselabel':
          return q.caseLabel;
        case 'participant':
          return q.participant;
        case 'source':
          return q.source;
        case 'kind':
          return q.kind ?? '';
        case 'pt':
          return q.pt.join(', ');
        default:
          return '';
      }
    });
}
