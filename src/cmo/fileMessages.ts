/**
 * What can be wrong with a project file (reading, locking, saving, creating), in Danish and
 * English: part of the one message table (logMessages.ts). A ProjectFileError (src/store/errors.ts)
 * carries one as its problem: code `errProjectOpen`, data `{ file, problem }`.
 */
import type { Template } from './messageFormat';

export const fileDa = {
  fileLockLost: () => 'låsen gik tabt under gemningen — prøv igen',
  fileLockedTooLong: () =>
    'gemmes lige nu af et andet program, og det blev ved for længe — prøv igen (locked by another writer)',
  fileCannotLock: (p) => `kan ikke låses til skrivning (${p.code})`,
  fileCannotRead: (p) => `kan ikke læses (${p.code})`,
  fileNoBackup: (p) => `der er ingen sikkerhedskopi (${p.backup})`,
  fileBackupLoads: (p) =>
    `${p.problem} — sikkerhedskopien ${p.backup} er hel: cmo repair "${p.file}" --from-backup (the backup loads)`,
  fileEmpty: () => 'filen er tom (empty file)',
  fileNotJson: (p) => `ikke gyldig JSON — filen er beskadiget eller afkortet (${p.detail})`,
  fileNewerVersion: (p) => `lavet af en nyere version af CMO Workbench (schemaVersion ${p.version} > ${p.supported})`,
  fileInvalidProject: (p) => `ikke et gyldigt projekt: ${p.issue}`,
  fileInconsistent: (p) => `projektet hænger ikke sammen: ${p.problems}`,
  fileNotFound: () => 'filen findes ikke (no such file)',
  fileIsFolder: () => 'er en mappe, ikke en projektfil',
  fileNotReadFirst: () => 'skrives ikke: filen blev ikke læst korrekt først',
  fileCannotSave: (p) => `kunne ikke gemmes (${p.code})`,
  fileInvalidNew: (p) => `ugyldigt nyt projekt: ${p.issue}`,
  fileNoFolder: () => 'mappen findes ikke',
  fileExists: () => 'findes allerede — et nyt projekt oprettes ikke oven i en eksisterende fil',
  fileCannotCreate: (p) => `kunne ikke oprettes (${p.code})`,
} satisfies Record<string, Template>;

export type FileKey = keyof typeof fileDa;

export const fileEn: Record<FileKey, Template> = {
  fileLockLost: () => 'the lock was lost while saving — try again',
  fileLockedTooLong: () => 'is being saved by another program, and that went on too long — try again',
  fileCannotLock: (p) => `cannot be locked for writing (${p.code})`,
  fileCannotRead: (p) => `cannot be read (${p.code})`,
  fileNoBackup: (p) => `there is no backup (${p.backup})`,
  fileBackupLoads: (p) => `${p.problem} — the backup ${p.backup} is whole: cmo repair "${p.file}" --from-backup`,
  fileEmpty: () => 'the file is empty',
  fileNotJson: (p) => `not valid JSON — the file is damaged or cut short (${p.detail})`,
  fileNewerVersion: (p) => `made by a newer version of CMO Workbench (schemaVersion ${p.version} > ${p.supported})`,
  fileInvalidProject: (p) => `not a valid project: ${p.issue}`,
  fileInconsistent: (p) => `the project does not hang together: ${p.problems}`,
  fileNotFound: () => 'the file does not exist',
  fileIsFolder: () => 'is a folder, not a project file',
  fileNotReadFirst: () => 'not written: the file was not read properly first',
  fileCannotSave: (p) => `could not be saved (${p.code})`,
  fileInvalidNew: (p) => `invalid new project: ${p.issue}`,
  fileNoFolder: () => 'the folder does not exist',
  fileExists: () => 'exists already — a new project is not created over an existing file',
  fileCannotCreate: (p) => `could not be created (${p.code})`,
};
