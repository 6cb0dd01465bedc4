/**
 * What `cmo repair` mended (src/cmo/repair.ts, src/store/repair.ts), in Danish and English: part of
 * the one message table (logMessages.ts). Each repair is a notice (notice.ts) with one of these
 * codes; `entity` is the kind of thing mended (source, case, role, participant, code, segment,
 * configuration, memo).
 */
import type { Template, Value } from './messageFormat';

const ENTITY_DA: Record<string, string> = {
  source: 'kilde',
  case: 'case',
  role: 'rolle',
  participant: 'deltager',
  code: 'kode',
  segment: 'kodning',
  configuration: 'konfiguration',
  memo: 'memo',
};
const ENTITY_EN: Record<string, string> = { segment: 'coding' };
const entityDa = (v: Value) => ENTITY_DA[String(v)] ?? String(v);
const entityEn = (v: Value) => ENTITY_EN[String(v)] ?? String(v);

export const repairDa = {
  repairCopyRemoved: (p) => `${entityDa(p.entity)} ${p.id}: en nøjagtig kopi fjernet`,
  repairIdRenamed: (p) => `${entityDa(p.entity)} ${p.id}: to forskellige med samme id — den anden hedder nu ${p.newId}`,
  repairSwapped: (p) => `kodning ${p.id}: start og slut byttet om`,
  repairClipped: (p) => `kodning ${p.id}: afkortet til kildens tekst og markeret til gennemsyn`,
  repairUnknownRefs: (p) => `kodning ${p.id}: ukendte programteoripunkter/koder fjernet (${p.refs})`,
  repairNothingLeft: (p) => `kodning ${p.id}: intet tilbage at kode med — fjernet`,
  repairTextMoved: (p) => `kodning ${p.id}: teksten passer ikke til stedet — markeret til gennemsyn`,
  repairNoSource: (p) => `kodning ${p.id}: kilden ${p.sourceId} findes ikke — fjernet`,
  repairTurnsOutside: (p) => `kilde ${p.id}: ${p.count} taleture uden for teksten fjernet`,
  repairSourceCase: (p) => `kilde ${p.id}: ukendt case ${p.caseId} fjernet`,
  repairConfigPt: (p) => `konfiguration ${p.id}: ukendt programteoripunkt ${p.pt} — fjernet`,
  repairConfigRefs: (p) => `konfiguration ${p.id}: henvisninger til kodninger der ikke findes fjernet`,
  repairMemoMoved: (p) =>
    `memo ${p.id}: ${p.on} ${p.target ?? '(intet)'} findes ikke — memoet er flyttet til projektet`,
  repairFromBackup: (p) => `sikkerhedskopien ${p.backup} er sat ind`,
} satisfies Record<string, Template>;

export type RepairKey = keyof typeof repairDa;

export const repairEn: Record<RepairKey, Template> = {
  repairCopyRemoved: (p) => `${entityEn(p.entity)} ${p.id}: an exact copy removed`,
  repairIdRenamed: (p) =>
    `${entityEn(p.entity)} ${p.id}: two different ones with the same id — the second is now ${p.newId}`,
  repairSwapped: (p) => `coding ${p.id}: start and end swapped`,
  repairClipped: (p) => `coding ${p.id}: cut to the source's text and flagged for review`,
  repairUnknownRefs: (p) => `coding ${p.id}: unknown programme theory points/codes removed (${p.refs})`,
  repairNothingLeft: (p) => `coding ${p.id}: nothing left to code it with — removed`,
  repairTextMoved: (p) => `coding ${p.id}: the text does not match its place — flagged for review`,
  repairNoSource: (p) => `coding ${p.id}: the source ${p.sourceId} does not exist — removed`,
  repairTurnsOutside: (p) => `source ${p.id}: ${p.count} speaker turns outside the text removed`,
  repairSourceCase: (p) => `source ${p.id}: unknown case ${p.caseId} removed`,
  repairConfigPt: (p) => `configuration ${p.id}: unknown programme theory point ${p.pt} — removed`,
  repairConfigRefs: (p) => `configuration ${p.id}: references to codings that do not exist removed`,
  repairMemoMoved: (p) =>
    `memo ${p.id}: ${p.on} ${p.target ?? '(none)'} does not exist — the memo was moved to the project`,
  repairFromBackup: (p) => `the backup ${p.backup} was put back`,
};
