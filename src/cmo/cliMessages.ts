/**
 * The `cmo` CLI's refusals of its arguments (a usage error: exit code 2), in Danish and English:
 * part of the one message table (logMessages.ts). Thrown as `new UsageError(say(…))`
 * (src/cli/args.ts), a DomainError whose code is the key.
 */
import type { Template } from './messageFormat';

export const cliDa = {
  cliUnknownCommand: (p) => `ukendt kommando "${p.command}"`,
  cliSeeHelp: (p) => `${p.problem} (se cmo --help)`,
  cliInvalidInput: (p) => `ugyldigt input — ${p.issue}`,
  cliArgCount: (p) => `forventede ${p.want} argument(er), fik ${p.got}`,
  cliBadArgs: (p) => `${p.detail}`,
  cliUnknownOption: (p) => `ukendt tilvalg ${p.option}`,
  cliOptionNeedsValue: (p) => `${p.option} skal have en værdi (en værdi der begynder med "-": ${p.option}=-…)`,
  cliOptionIsFlag: (p) => `${p.option} tager ingen værdi`,
  cliWholeNumber: (p) =>
    `skal være et helt tal ${p.max === undefined ? `(mindst ${p.min})` : `fra ${p.min} til ${p.max}`}`,
  cliBadValue: (p) => `--${p.flag}: ${p.issue}${p.value === undefined ? '' : ` (fik "${p.value}")`}`,
  cliInvalidValue: () => 'ugyldig værdi',
  cliCannotWrite: (p) => `${p.file}: kan ikke skrives (${p.code})`,
  cliCannotRead: (p) => `${p.file}: kan ikke læses (${p.code})`,
  cliUsage: (p) => `brug: ${p.usage}`,
  cliUnknownSubcommand: (p) => `${p.usage} — ukendt underkommando "${p.sub}"`,
  cliMissingFlag: (p) => `--${p.flag} mangler`,
  cliMissingPt: () => '--pt mangler (programteoripunkt for --kind)',
  cliMissingOn: () => '--on mangler (project, source, case, pt eller code)',
  cliMissingAt: () => '--at mangler (tegn-nummer i transskriptionen, se cmo turns list)',
  cliMissingSegments: () => '--segments mangler (kodningernes id, kommasepareret)',
  cliMissingCoder: () => '--coder mangler (hvem kopien er til)',
  cliNeedCoding: () => 'angiv --kind og --pt, og/eller --code',
  cliNeedProject: () => 'angiv projektfilen',
  cliNeedImportFiles: () => 'angiv projektfilen og mindst én fil eller mappe at importere',
  cliNeedName: (p) => `cmo interviewers ${p.sub}: angiv mindst ét navn, fx "Karen Jensen (NFA)"`,
  cliOnBeforeTarget: () => 'angiv --on før målet',
  cliOneKind: () => 'angiv én --kind',
  cliFormatNeedsOut: (p) => `--format ${p.format} kræver --out <fil.${p.format}>`,
  cliAutocodeNeedsKind: () => '--autocode kræver --kind og --pt',
  cliCodedUncoded: () => '--coded og --uncoded udelukker hinanden',
  cliAutoAndCode: () => '--auto og --code kan ikke bruges sammen',
  cliNameOneFile: () => '--name kan kun bruges med én fil',
  cliEmptyFolder: (p) => `${p.folder}: mappen indeholder ingen filer, der kan importeres (${p.supported})`,
  cliBadMap: (p) =>
    `--map skal have formen "Taler=rolle[@case]", "Taler=<deltager-id>" eller "Taler=-" (fik "${p.spec}")`,
  cliBadAttr: (p) => `--attr skal være <egenskab>=<værdi> (fik "${p.value}")`,
  cliCopyOverProject: (p) => `${p.file}: kopien kan ikke skrives oven i projektet`,
  cliTwoCoders: () => '--coders skal være to kodere, fx --coders Karen,Mads',
  cliBadOverlap: (p) => `--overlap skal være en andel over 0 og højst 1, fx 0.9 (fik "${p.value}")`,
  cliBadKind: (p) => `--kind skal være ${p.kinds} (fik "${p.value}")`,
  cliBadVerdict: (p) =>
    `--verdict skal være ${p.verdicts} eller bekræfter/afkræfter/nuancerer/uafklaret (fik "${p.value}")`,
} satisfies Record<string, Template>;

export type CliKey = keyof typeof cliDa;

export const cliEn: Record<CliKey, Template> = {
  cliUnknownCommand: (p) => `unknown command "${p.command}"`,
  cliSeeHelp: (p) => `${p.problem} (see cmo --help)`,
  cliInvalidInput: (p) => `invalid input — ${p.issue}`,
  cliArgCount: (p) => `expected ${p.want} argument(s), got ${p.got}`,
  cliBadArgs: (p) => `${p.detail}`,
  cliUnknownOption: (p) => `unknown option ${p.option}`,
  cliOptionNeedsValue: (p) => `${p.option} needs a value (a value starting with "-": ${p.option}=-…)`,
  cliOptionIsFlag: (p) => `${p.option} takes no value`,
  cliWholeNumber: (p) =>
    `must be a whole number ${p.max === undefined ? `(at least ${p.min})` : `from ${p.min} to ${p.max}`}`,
  cliBadValue: (p) => `--${p.flag}: ${p.issue}${p.value === undefined ? '' : ` (got "${p.value}")`}`,
  cliInvalidValue: () => 'invalid value',
  cliCannotWrite: (p) => `${p.file}: cannot be written (${p.code})`,
  cliCannotRead: (p) => `${p.file}: cannot be read (${p.code})`,
  cliUsage: (p) => `usage: ${p.usage}`,
  cliUnknownSubcommand: (p) => `${p.usage} — unknown subcommand "${p.sub}"`,
  cliMissingFlag: (p) => `--${p.flag} is missing`,
  cliMissingPt: () => '--pt is missing (the programme theory point for --kind)',
  cliMissingOn: () => '--on is missing (project, source, case, pt or code)',
  cliMissingAt: () => '--at is missing (a character offset in the transcript, see cmo turns list)',
  cliMissingSegments: () => "--segments is missing (the codings' ids, comma-separated)",
  cliMissingCoder: () => '--coder is missing (who the copy is for)',
  cliNeedCoding: () => 'give --kind and --pt, and/or --code',
  cliNeedProject: () => 'give the project file',
  cliNeedImportFiles: () => 'give the project file and at least one file or folder to import',
  cliNeedName: (p) => `cmo interviewers ${p.sub}: give at least one name, e.g. "Karen Jensen (NFA)"`,
  cliOnBeforeTarget: () => 'give --on before the target',
  cliOneKind: () => 'give one --kind',
  cliFormatNeedsOut: (p) => `--format ${p.format} needs --out <file.${p.format}>`,
  cliAutocodeNeedsKind: () => '--autocode needs --kind and --pt',
  cliCodedUncoded: () => '--coded and --uncoded exclude each other',
  cliAutoAndCode: () => '--auto and --code cannot be used together',
  cliNameOneFile: () => '--name can only be used with one file',
  cliEmptyFolder: (p) => `${p.folder}: the folder holds no files that can be imported (${p.supported})`,
  cliBadMap: (p) =>
    `--map must have the form "Speaker=role[@case]", "Speaker=<participant id>" or "Speaker=-" (got "${p.spec}")`,
  cliBadAttr: (p) => `--attr must be <attribute>=<value> (got "${p.value}")`,
  cliCopyOverProject: (p) => `${p.file}: the copy cannot be written over the project`,
  cliTwoCoders: () => '--coders must be two coders, e.g. --coders Karen,Mads',
  cliBadOverlap: (p) => `--overlap must be a share above 0 and at most 1, e.g. 0.9 (got "${p.value}")`,
  cliBadKind: (p) => `--kind must be ${p.kinds} (got "${p.value}")`,
  cliBadVerdict: (p) =>
    `--verdict must be ${p.verdicts} or bekræfter/afkræfter/nuancerer/uafklaret` + ` (got "${p.value}")`,
};
