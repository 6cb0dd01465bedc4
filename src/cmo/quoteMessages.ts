/**
 * The words of a quote export's filter line (the filters the matrix's line does not have), in Danish and English
 * (merged into logMessages' tables; the kinds, verdicts, PT points, cases, roles and coders use the matrix's).
 */
import type { Template } from './messageFormat';

export const quoteDa = {
  quotesFilterCodes: (p) => `Koder: ${p.values}`,
  quotesFilterCaseAttr: (p) => `Case-egenskab ${p.values}`,
  quotesFilterSourceAttr: (p) => `Kilde-egenskab ${p.values}`,
  quotesFilterCmocs: (p) => `CMO-konfigurationer: ${p.values}`,
  quotesFilterStarred: () => 'Kun stjernemarkerede',
  quotesFilterPicked: (p) => (Number(p.picked) ? 'Kun valgte' : 'Kun ikke valgte'),
} satisfies Record<string, Template>;

export const quoteEn: Record<keyof typeof quoteDa, Template> = {
  quotesFilterCodes: (p) => `Codes: ${p.values}`,
  quotesFilterCaseAttr: (p) => `Case attribute ${p.values}`,
  quotesFilterSourceAttr: (p) => `Source attribute ${p.values}`,
  quotesFilterCmocs: (p) => `CMO configurations: ${p.values}`,
  quotesFilterStarred: () => 'Starred only',
  quotesFilterPicked: (p) => (Number(p.picked) ? 'Picked only' : 'Not picked only'),
};

export type QuoteKey = keyof typeof quoteDa;
