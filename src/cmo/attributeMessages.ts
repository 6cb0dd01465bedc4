/**
 * The words of `cmo attributes` (the case and source attributes listed, defined, renamed and changed), in Danish
 * and English (merged into logMessages' tables).
 */
import { plural, type Template } from './messageFormat';

type Value = string | number | undefined;
const TYPE_DA: Record<string, string> = { text: 'tekst', number: 'tal', category: 'kategori' };
const TYPE_EN: Record<string, string> = { text: 'text', number: 'number', category: 'category' };
const typeIn = (table: Record<string, string>, p: Record<string, Value>) => table[String(p.type)] ?? String(p.type);
const valuesOf = (p: Record<string, Value>) => (p.values ? `: ${p.values}` : '');

export const attributeDa = {
  cliAttrsHeading: (p) => `${p.source ? 'Kilde' : 'Case'}-egenskaber (${p.count})`,
  cliAttrsNone: () => '  ingen',
  cliAttrsLine: (p) =>
    `  ${p.label} [${p.id}] — ${typeIn(TYPE_DA, p)}${valuesOf(p)}` +
    ` (sat på ${p.source ? plural(p.used, 'kilde', 'kilder') : plural(p.used, 'case', 'cases')})`,
  cliAttrDone: (p) =>
    `${p.created ? 'Oprettede' : 'Ændrede'} ${p.source ? 'kilde' : 'case'}-egenskaben "${p.label}" [${p.id}]: ` +
    `${typeIn(TYPE_DA, p)}${valuesOf(p)}`,
  cliAttrSameName: (p) => `--to: egenskaben hedder allerede "${p.label}"`,
  cliUsageAttributes: () => 'cmo attributes <projekt> [list|define|rename|change|remove] …',
  cliAttrValuesNotCategory: (p) => `--values: kun en kategori har værdier ("${p.label}" er ${typeIn(TYPE_DA, p)})`,
  errAttributeValuesNotCategory: (p) => `Kun en kategori har værdier ("${p.attribute}" er ${typeIn(TYPE_DA, p)})`,
  errAttributeValueTwice: (p) =>
    `"${p.value}" og "${p.other}" er den samme værdi af "${p.attribute}" — skriv den én gang`,
  attributeRemoved: (p) =>
    `Fjernede ${p.source ? 'kilde' : 'case'}-egenskaben "${p.label}"` +
    (p.cleared
      ? ` og dens værdi på ${p.source ? plural(p.cleared, 'kilde', 'kilder') : plural(p.cleared, 'case', 'cases')}`
      : '') +
    (p.attribution !== undefined ? `; citaternes kildeangivelse er nu "${p.attribution}"` : ''),
  errAttributeHasSummaries: (p) =>
    `"${p.attribute}" har ${plural(p.count, 'opsummering', 'opsummeringer')} i matricen` +
    ' med den som rækker eller kolonner — slet dem først',
} satisfies Record<string, Template>;

export const attributeEn: Record<keyof typeof attributeDa, Template> = {
  cliAttrsHeading: (p) => `${p.source ? 'Source' : 'Case'} attributes (${p.count})`,
  cliAttrsNone: () => '  none',
  cliAttrsLine: (p) =>
    `  ${p.label} [${p.id}] — ${typeIn(TYPE_EN, p)}${valuesOf(p)}` +
    ` (set on ${p.source ? plural(p.used, 'source', 'sources') : plural(p.used, 'case', 'cases')})`,
  cliAttrDone: (p) =>
    `${p.created ? 'Created' : 'Changed'} the ${p.source ? 'source' : 'case'} attribute "${p.label}" [${p.id}]: ` +
    `${typeIn(TYPE_EN, p)}${valuesOf(p)}`,
  cliAttrSameName: (p) => `--to: the attribute is already called "${p.label}"`,
  cliUsageAttributes: () => 'cmo attributes <project> [list|define|rename|change|remove] …',
  cliAttrValuesNotCategory: (p) => `--values: only a category has values ("${p.label}" is ${typeIn(TYPE_EN, p)})`,
  errAttributeValuesNotCategory: (p) => `Only a category has values ("${p.attribute}" is ${typeIn(TYPE_EN, p)})`,
  errAttributeValueTwice: (p) => `"${p.value}" and "${p.other}" are one value of "${p.attribute}" — write it once`,
  attributeRemoved: (p) =>
    `Removed the ${p.source ? 'source' : 'case'} attribute "${p.label}"` +
    (p.cleared
      ? ` and its value on ${p.source ? plural(p.cleared, 'source', 'sources') : plural(p.cleared, 'case', 'cases')}`
      : '') +
    (p.attribution !== undefined ? `; the quotes' attribution is now "${p.attribution}"` : ''),
  errAttributeHasSummaries: (p) =>
    `"${p.attribute}" has ${plural(p.count, 'summary', 'summaries')} in the matrix with it as rows or columns` +
    ' — delete them first',
};

export type AttributeKey = keyof typeof attributeDa;
