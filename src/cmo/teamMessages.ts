/** The words for team coding (coders, coder copies, merges, agreement), in Danish and English (logMessages' tables). */
import type { Template } from './logMessages';

const n = (v: string | number | undefined) => Number(v ?? 0);
const pl = (v: string | number | undefined, one: string, many: string) => `${v ?? 0} ${n(v) === 1 ? one : many}`;

export const teamDa = {
  coderCopyMade: (p) => `Koderkopi til ${p.coder}${p.blind ? ' (blind)' : ''} lavet af "${p.project}"`,
  coderAdded: (p) => `Ny koder "${p.coder}"`,
  merged: (p) =>
    `Flettede ${p.copies}: ${pl(p.segments, 'kodning', 'kodninger')}, ` +
    `${pl(p.configurations, 'konfiguration', 'konfigurationer')}, ${pl(p.memos, 'memo', 'memoer')}, ` +
    `${pl(p.codes, 'kode', 'koder')}, ${pl(p.cases, 'case', 'cases')} tilføjet; ${p.skipped} fandtes i forvejen` +
    `${n(p.conflicts) ? `; ${pl(p.conflicts, 'konflikt', 'konflikter')} ikke løst` : ''}` +
    `${n(p.flagged) ? `; ${p.flagged} til gennemsyn` : ''}`,
  adopted: (p) =>
    `${p.as} overtog kodningen af ${p.unit} i "${p.source}" fra ${p.from} ` +
    `(${pl(p.count, 'kodning', 'kodninger')})`,
  errAdoptNoUnit: () => 'Angiv hvilken enhed der overtages (type, programteoripunkt eller kode)',
  errUnknownCoder: (p) => `Ukendt koder "${p.coder}" (kodere: ${p.known || 'ingen'})`,
  errSameCoders: () => 'Angiv to forskellige kodere: --coders A,B',
  errMergeSelf: (p) => `${p.file} er selve projektet — flet en koderkopi ind`,
  errCoderName: () => 'En koder skal have et navn (--coder eller CMO_CODER)',
} satisfies Record<string, Template>;

export const teamEn: Record<keyof typeof teamDa, Template> = {
  coderCopyMade: (p) => `Coder copy for ${p.coder}${p.blind ? ' (blind)' : ''} made from "${p.project}"`,
  coderAdded: (p) => `New coder "${p.coder}"`,
  merged: (p) =>
    `Merged ${p.copies}: ${pl(p.segments, 'coding', 'codings')}, ` +
    `${pl(p.configurations, 'configuration', 'configurations')}, ${pl(p.memos, 'memo', 'memos')}, ` +
    `${pl(p.codes, 'code', 'codes')}, ${pl(p.cases, 'case', 'cases')} added; ${p.skipped} were there already` +
    `${n(p.conflicts) ? `; ${pl(p.conflicts, 'conflict', 'conflicts')} left unresolved` : ''}` +
    `${n(p.flagged) ? `; ${p.flagged} for review` : ''}`,
  adopted: (p) =>
    `${p.as} adopted the coding of ${p.unit} in "${p.source}" from ${p.from} ` +
    `(${pl(p.count, 'coding', 'codings')})`,
  errAdoptNoUnit: () => 'Say which unit to adopt (kind, PT point or code)',
  errUnknownCoder: (p) => `Unknown coder "${p.coder}" (coders: ${p.known || 'none'})`,
  errSameCoders: () => 'Give two different coders: --coders A,B',
  errMergeSelf: (p) => `${p.file} is the project itself — merge a coder copy into it`,
  errCoderName: () => 'A coder needs a name (--coder or CMO_CODER)',
};
export type TeamKey = keyof typeof teamDa;
