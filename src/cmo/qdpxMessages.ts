/**
 * What can be wrong with a REFI-QDA project (.qdpx) being opened — its zip archive, its .qde — in
 * Danish (with the English term in brackets, as before) and English: part of the one message table
 * (logMessages.ts). Thrown as ZipProblem/QdpxProblem (src/refi), given to the user as an
 * ImportError naming the file.
 */
import type { Template } from './messageFormat';

export const qdpxDa = {
  qdpxZip64: () => 'zip64-arkiver understøttes ikke (zip64 archives are not supported)',
  qdpxZipDamaged: () => 'zip-arkivet er beskadiget eller afkortet (damaged or truncated zip)',
  qdpxTooManyFiles: (p) => `for mange filer i arkivet (${p.count})`,
  qdpxBadDirectory: () => 'zip-arkivets indholdsfortegnelse er beskadiget (damaged central directory)',
  qdpxUnsafeName: (p) =>
    `arkivet indeholder en fil med en usikker sti, der peger uden for arkivet: "${p.name}" ` +
    '(zip-slip / absolute path refused)',
  qdpxNotZip: () => 'er ikke et zip-arkiv (a .qdpx is a zip archive)',
  qdpxZipCut: () => 'zip-arkivet er afkortet eller beskadiget: dets indholdsfortegnelse mangler (truncated archive)',
  qdpxEncrypted: (p) => `${p.entry} er krypteret (encrypted entries are not supported)`,
  qdpxTotalTooBig: (p) => `arkivets filer fylder tilsammen over ${p.limit} udpakket (zip bomb refused)`,
  qdpxRatio: (p) => `${p.entry} pakkes ud til over ${p.ratio} gange sin komprimerede størrelse (zip bomb refused)`,
  qdpxEntryTooBig: (p) => `${p.entry} fylder over ${p.limit} udpakket (too large)`,
  qdpxBadLocalHeader: (p) => `${p.entry}: zip-arkivet er beskadiget (bad local header)`,
  qdpxTruncated: (p) => `${p.entry}: zip-arkivet er afkortet (truncated)`,
  qdpxCannotInflate: (p) => `${p.entry}: kan ikke pakkes ud — arkivet er beskadiget (${p.detail})`,
  qdpxMethod: (p) => `${p.entry}: komprimeringsmetode ${p.method} understøttes ikke (only stored and deflate)`,
  qdpxCrc: (p) => `${p.entry}: kontrolsummen passer ikke — arkivet er beskadiget (CRC mismatch)`,
  qdpxDtd: (p) =>
    `${p.file} indeholder en DTD (<!DOCTYPE>/<!ENTITY>), som af sikkerhedshensyn ikke læses ` +
    '(DTDs are refused: XXE, entity expansion)',
  qdpxNotXml: (p) => `${p.file} er ikke gyldig XML (not valid XML: ${p.detail})`,
  qdpxNoProject: (p) => `${p.file} har intet <Project>-element — er det en REFI-QDA-projektfil? (no <Project> root)`,
  qdpxNoQde: () =>
    'arkivet har ingen .qde-fil — er det en REFI-QDA-projektfil (.qdpx)? (no project.qde in the archive)',
  qdpxPathTraversal: (p) => `en kilde peger uden for arkivet: "${p.path}" (path traversal refused)`,
  qdpxNoSuchFile: () => 'filen findes ikke (no such file)',
  qdpxNotAFile: () => 'er ikke en fil (not a file)',
  qdpxTooBig: (p) => `fylder ${p.mb} MB — over grænsen på 1 GB for en .qdpx`,
} satisfies Record<string, Template>;

export type QdpxKey = keyof typeof qdpxDa;

export const qdpxEn: Record<QdpxKey, Template> = {
  qdpxZip64: () => 'zip64 archives are not supported',
  qdpxZipDamaged: () => 'the zip archive is damaged or cut short',
  qdpxTooManyFiles: (p) => `too many files in the archive (${p.count})`,
  qdpxBadDirectory: () => "the zip archive's table of contents is damaged (central directory)",
  qdpxUnsafeName: (p) => `the archive holds a file with an unsafe path, pointing outside it: "${p.name}" — refused`,
  qdpxNotZip: () => 'is not a zip archive (a .qdpx is one)',
  qdpxZipCut: () => 'the zip archive is cut short or damaged: its table of contents is missing',
  qdpxEncrypted: (p) => `${p.entry} is encrypted (encrypted entries are not supported)`,
  qdpxTotalTooBig: (p) => `the archive's files inflate to over ${p.limit} in all (a possible zip bomb — refused)`,
  qdpxRatio: (p) => `${p.entry} inflates to over ${p.ratio} times its compressed size (a possible zip bomb — refused)`,
  qdpxEntryTooBig: (p) => `${p.entry} inflates to over ${p.limit} (too large)`,
  qdpxBadLocalHeader: (p) => `${p.entry}: the zip archive is damaged (bad local header)`,
  qdpxTruncated: (p) => `${p.entry}: the zip archive is cut short`,
  qdpxCannotInflate: (p) => `${p.entry}: cannot be unpacked — the archive is damaged (${p.detail})`,
  qdpxMethod: (p) => `${p.entry}: compression method ${p.method} is not supported (only stored and deflate)`,
  qdpxCrc: (p) => `${p.entry}: the checksum does not match — the archive is damaged (CRC mismatch)`,
  qdpxDtd: (p) =>
    `${p.file} contains a DTD (<!DOCTYPE>/<!ENTITY>), which is not read, for safety (XXE, entity expansion)`,
  qdpxNotXml: (p) => `${p.file} is not valid XML (${p.detail})`,
  qdpxNoProject: (p) => `${p.file} has no <Project> element — is it a REFI-QDA project file?`,
  qdpxNoQde: () => 'the archive has no .qde file — is it a REFI-QDA project file (.qdpx)?',
  qdpxPathTraversal: (p) => `a source points outside the archive: "${p.path}" — refused`,
  qdpxNoSuchFile: () => 'the file does not exist',
  qdpxNotAFile: () => 'is not a file',
  qdpxTooBig: (p) => `is ${p.mb} MB — over the 1 GB limit for a .qdpx`,
};
