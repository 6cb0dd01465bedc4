/**
 * The `cmo` CLI's help (`cmo --help`) and the usage lines its refusals quote, in Danish and English:
 * part of the one message table (logMessages.ts).
 */
import type { Template } from './messageFormat';

const HELP_DA = `cmo — CMO Workbench på kommandolinjen

  cmo new <projekt.cmo.json> [--template nfa-aftaleforloeb|blank] [--name "Navn"]
  cmo info <projekt> [--json]
  cmo import <projekt> <fil|mappe…> [--case <id|nr>] [--role <rolle>] [--json]   .docx .odt .rtf .txt .md .vtt .srt
  cmo source <projekt> <navn|id> [--json]          en kildes tekst, talerture, deltagere, noter og egenskaber
           [--map "IP=Leder[@case]"|"I=-"…] [--autocode <taler> --kind C|M|O --pt <id>…]
           [--attr "<egenskab>=<værdi>"…]   sætter kilde-egenskaber (tom værdi fjerner en)
  cmo attributes <projekt> [--on case|source] [--json]      case- og kilde-egenskaber: type, værdier
  cmo attributes <projekt> define --on case|source --name <navn> --type text|number|category [--values a,b]
  cmo attributes <projekt> rename <egenskab> --to <navn> | change <egenskab> [--type …] [--values a,b]
  cmo attributes <projekt> remove <egenskab> [--on case|source]   fjerner egenskaben og alle dens værdier
  cmo code <projekt> --source <navn|id> --text "<passage>" [--kind C|M|O --pt <id> [--pt <id>…]] [--code <sti>…]
           [--verdict supports|refutes|refines|unclear] [--memo …] [--coder …]
  cmo matrix <projekt> [--rows case|role|participant|source|attr:<egenskab>] [--cols pt|kind|pt-kind|verdict]
           [--kind C,M,O] [--verdict …] [--coder …] [--measure segments|sources|participants|words|cmoc]
           [--attr <egenskab>=<værdi>…] [--source-attr <kilde-egenskab>=<værdi>…]
           [--format json|csv|xlsx|docx] [--out <fil>]   med rækker og kolonner i alt
  cmo cmoc add <projekt> --pt <id> --segments <id,id,…> [--verdict …] [--statement "Hvis … så … fordi …"]
  cmo cmoc list <projekt> [--pt <id>] [--json]
  cmo evidence <projekt> --pt <id> [--coder …] [--json]
  cmo codes list|add|rename|move|merge|remove <projekt> …   kodebogen (stier som "Ramme/Kode")
  cmo codes export-qdc|import-qdc|export-csv|import-csv <projekt> <fil>
  cmo quotes <projekt> [--code <sti>…] [--pt <id>…] [--case <id>…] [--role <r>…] [--kind …] [--verdict …] [--coder …]
           [--attr <egenskab>=<værdi>…] [--source-attr <kilde-egenskab>=<værdi>…] [--cmoc <id>…]
           [--starred] [--picked] [--order pt|manual]
           [--attribution "({role}, {case}, {attr:sektor})"] [--format md|json|csv|docx|xlsx|txt|html]
           [--out <fil>] [--footnotes] [--inline] [--strict]
           pseudonymiseret; --inline: (Rolle, case N) i citatets afsnit
  cmo pseudonyms add <projekt> "<navn>" "<erstatning>" | remove <projekt> "<navn>" | list <projekt> [--json]
  cmo pseudonyms check <projekt> [--pt …]            hvor et navn fra listen stadig ville stå i en eksport
  cmo pseudonyms apply <projekt> [--source …]
           skriver listen ind i selve transskriptionerne (kodninger følger med)
  cmo code-sheet <projekt> <ark.csv|xlsx> [--partial] [--dry-run] [--json]
           kolonner source, quote, kind, pt, verdict, memo, coder; intet kodes hvis en række fejler (uden --partial)
  cmo search <projekt> "<søgning>" [--fuzzy] [--case …] [--role …] [--participant …] [--source …] [--coded|--uncoded]
           [--kind …] [--pt …] [--coder …] [--limit N] [--no-aa] [--json]
           "ord i citationstegn" er en frase; ord er præfikser; --coder: kun fund i den koders kodninger
  cmo autocode <projekt> "<søgning>" --kind C|M|O --pt <id> [--pt <id>…] [--widen sentence|turn] [--fuzzy] [filtre]
           kod alle fund i ét skridt, der kan fortrydes
  cmo new <projekt.cmo.json> --from <fil.qdpx> [--json]    åbn et NVivo/MAXQDA/ATLAS.ti-projekt (REFI-QDA)
  cmo export-qdpx <projekt> <ud.qdpx> [--json]     projektet som REFI-QDA 1.5 (.qdpx)
  cmo segments <projekt> [--source <navn|id>] [--code <sti>] [--coder …] [--json]   kodede passager som gemt
  cmo log <projekt> [--limit N] [--lang da|en] [--json]
  cmo review <projekt> [--json]                    kodninger der venter på gennemsyn efter rettelser
  cmo edit <projekt> --source <navn|id> --find "…" --replace "…" [--all]   ret transskriptionen; kodninger følger med
  cmo undo <projekt> | cmo redo <projekt>          fortryd / gentag den seneste ændring
  cmo repair <projekt> [--from-backup] [--dry-run] [--json]   ret et projekt der ikke hænger sammen, eller sæt .bak ind
  cmo interviewers add|remove|list <projekt> [navn…]   interviewerens navne (standard: I, Int, Interviewer, Moderator …)
  cmo turns split|merge|assign|list <projekt> --source <navn|id> --at <tegn> [--speaker <taler>]   ret talerture
  cmo coder-copy <projekt> <kopi.cmo.json> --coder <navn> [--blind]
           kopi til én koder; --blind: intet spor af de andres arbejde
  cmo merge <projekt> <kopi.cmo.json>… [--json]   flet koderkopier ind (ét skridt der kan fortrydes; konflikter listes)
  cmo agreement <projekt> --coders A,B [--by pt-kind|pt|kind|code] [--source …] [--overlap 0.9]
           [--json|--out <fil.xlsx>]
           enighed pr. kilde × enhed: κ og procent som NVivo (tegn), Krippendorffs α, segmentenighed som MAXQDA
  cmo memo add <projekt> --on project|source <navn>|case <nr>|pt <id>|code <sti> --text "…" [--coder …]
  cmo memo edit <projekt> <id> --text "…" | remove <projekt> <id> | list <projekt> [--on … [mål]] [--json]
  cmo memo export <projekt> --format docx|md [--out <fil>] [--on … [mål]]   memoerne som analysebilag
  --lang da|en                                    dansk eller engelsk tekst (standard: projektets sprog)
`;

const HELP_EN = `cmo — CMO Workbench on the command line

  cmo new <project.cmo.json> [--template nfa-aftaleforloeb|blank] [--name "Name"]
  cmo info <project> [--json]
  cmo import <project> <file|folder…> [--case <id|no>] [--role <role>] [--json]   .docx .odt .rtf .txt .md .vtt .srt
  cmo source <project> <name|id> [--json]          a source's text, speaker turns, participants, notes, attributes
           [--map "IP=Leader[@case]"|"I=-"…] [--autocode <speaker> --kind C|M|O --pt <id>…]
           [--attr "<attribute>=<value>"…]   sets source attributes (an empty value removes one)
  cmo attributes <project> [--on case|source] [--json]      case and source attributes: type, values
  cmo attributes <project> define --on case|source --name <name> --type text|number|category [--values a,b]
  cmo attributes <project> rename <attribute> --to <name> | change <attribute> [--type …] [--values a,b]
  cmo attributes <project> remove <attribute> [--on case|source]  removes the attribute and all its values
  cmo code <project> --source <name|id> --text "<passage>" [--kind C|M|O --pt <id> [--pt <id>…]] [--code <path>…]
           [--verdict supports|refutes|refines|unclear] [--memo …] [--coder …]
  cmo matrix <project> [--rows case|role|participant|source|attr:<attribute>] [--cols pt|kind|pt-kind|verdict]
           [--kind C,M,O] [--verdict …] [--coder …] [--measure segments|sources|participants|words|cmoc]
           [--attr <attribute>=<value>…] [--source-attr <source attribute>=<value>…]
           [--format json|csv|xlsx|docx] [--out <file>]   with row and column totals
  cmo cmoc add <project> --pt <id> --segments <id,id,…> [--verdict …] [--statement "If … then … because …"]
  cmo cmoc list <project> [--pt <id>] [--json]
  cmo evidence <project> --pt <id> [--coder …] [--json]
  cmo codes list|add|rename|move|merge|remove <project> …   the codebook (paths like "Frame/Code")
  cmo codes export-qdc|import-qdc|export-csv|import-csv <project> <file>
  cmo quotes <project> [--code <path>…] [--pt <id>…] [--case <id>…] [--role <r>…] [--kind …] [--verdict …]
           [--coder …] [--attr <attribute>=<value>…] [--source-attr <source attribute>=<value>…] [--cmoc <id>…]
           [--starred] [--picked] [--order pt|manual]
           [--attribution "({role}, {case}, {attr:sektor})"] [--format md|json|csv|docx|xlsx|txt|html]
           [--out <file>] [--footnotes] [--inline] [--strict]
           pseudonymised; --inline: (Role, case N) in the quote's paragraph
  cmo pseudonyms add <project> "<name>" "<replacement>" | remove <project> "<name>" | list <project> [--json]
  cmo pseudonyms check <project> [--pt …]            where a name on the list would still appear in an export
  cmo pseudonyms apply <project> [--source …]
           writes the list into the transcripts themselves (codings follow)
  cmo code-sheet <project> <sheet.csv|xlsx> [--partial] [--dry-run] [--json]
           columns source, quote, kind, pt, verdict, memo, coder; nothing is coded if a row fails (without --partial)
  cmo search <project> "<query>" [--fuzzy] [--case …] [--role …] [--participant …] [--source …] [--coded|--uncoded]
           [--kind …] [--pt …] [--coder …] [--limit N] [--no-aa] [--json]
           "words in quotes" are a phrase; words are prefixes; --coder: only hits in that coder's codings
  cmo autocode <project> "<query>" --kind C|M|O --pt <id> [--pt <id>…] [--widen sentence|turn] [--fuzzy] [filters]
           code every hit in one step that can be undone
  cmo new <project.cmo.json> --from <file.qdpx> [--json]    open an NVivo/MAXQDA/ATLAS.ti project (REFI-QDA)
  cmo export-qdpx <project> <out.qdpx> [--json]     the project as REFI-QDA 1.5 (.qdpx)
  cmo segments <project> [--source <name|id>] [--code <path>] [--coder …] [--json]   coded passages as stored
  cmo log <project> [--limit N] [--lang da|en] [--json]
  cmo review <project> [--json]                    codings waiting for review after corrections
  cmo edit <project> --source <name|id> --find "…" --replace "…" [--all]   correct the transcript; codings follow
  cmo undo <project> | cmo redo <project>          undo / redo the latest change
  cmo repair <project> [--from-backup] [--dry-run] [--json]   mend a broken project, or put its .bak back
  cmo interviewers add|remove|list <project> [name…]   interviewer names (default: I, Int, Interviewer, Moderator …)
  cmo turns split|merge|assign|list <project> --source <name|id> --at <char> [--speaker <name>]   repair speaker turns
  cmo coder-copy <project> <copy.cmo.json> --coder <name> [--blind]
           a copy for one coder; --blind: no trace of the others' work
  cmo merge <project> <copy.cmo.json>… [--json]   merge coder copies in (one step that can be undone; conflicts listed)
  cmo agreement <project> --coders A,B [--by pt-kind|pt|kind|code] [--source …] [--overlap 0.9]
           [--json|--out <file.xlsx>]
           agreement per source × unit: κ and percent as NVivo (characters), Krippendorff's α, segments as MAXQDA
  cmo memo add <project> --on project|source <name>|case <no>|pt <id>|code <path> --text "…" [--coder …]
  cmo memo edit <project> <id> --text "…" | remove <project> <id> | list <project> [--on … [target]] [--json]
  cmo memo export <project> --format docx|md [--out <file>] [--on … [target]]   the memos as an analysis appendix
  --lang da|en                                    Danish or English words (default: the project's language)
`;

export const cliHelpDa = {
  cliHelp: () => HELP_DA,
  cliUsageCmoc: () => 'cmo cmoc add|list|remove <projekt> …',
  cliUsageCodes: () =>
    'cmo codes list|add|rename|move|merge|remove|map|export-qdc|import-qdc|export-csv|import-csv <projekt> …',
  cliUsageCodesMap: () =>
    'cmo codes map <projekt> --code "<sti>" [--kind C|M|O] [--pt <id>…] [--verdict …] [--keep] | --auto [--dry-run]',
  cliUsageMerge: () => 'cmo merge <projekt> <kopi.cmo.json>…',
  cliUsageInterviewers: () => 'cmo interviewers add|remove|list <projekt> [navn…]',
  cliUsageTurns: () => 'cmo turns split|merge|assign|list <projekt> --source … --at … [--speaker …]',
  cliUsageMemoAdd: () => 'cmo memo add <projekt> --on project|source <navn>|case <nr>|pt <id>|code <sti> --text "…"',
  cliUsageMemoList: () => 'cmo memo list <projekt> [--on source <navn>|case <nr>|pt <id>|code <sti>|project] [--json]',
  cliUsageMemoExport: () => 'cmo memo export <projekt> --format docx|md [--out <fil>] [--on …]',
} satisfies Record<string, Template>;

export type CliHelpKey = keyof typeof cliHelpDa;

export const cliHelpEn: Record<CliHelpKey, Template> = {
  cliHelp: () => HELP_EN,
  cliUsageCmoc: () => 'cmo cmoc add|list|remove <project> …',
  cliUsageCodes: () =>
    'cmo codes list|add|rename|move|merge|remove|map|export-qdc|import-qdc|export-csv|import-csv <project> …',
  cliUsageCodesMap: () =>
    'cmo codes map <project> --code "<path>" [--kind C|M|O] [--pt <id>…] [--verdict …] [--keep] | --auto [--dry-run]',
  cliUsageMerge: () => 'cmo merge <project> <copy.cmo.json>…',
  cliUsageInterviewers: () => 'cmo interviewers add|remove|list <project> [name…]',
  cliUsageTurns: () => 'cmo turns split|merge|assign|list <project> --source … --at … [--speaker …]',
  cliUsageMemoAdd: () => 'cmo memo add <project> --on project|source <name>|case <no>|pt <id>|code <path> --text "…"',
  cliUsageMemoList: () => 'cmo memo list <project> [--on source <name>|case <no>|pt <id>|code <path>|project] [--json]',
  cliUsageMemoExport: () => 'cmo memo export <project> --format docx|md [--out <file>] [--on …]',
};
