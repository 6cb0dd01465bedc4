import { ZodError } from 'zod';
import { firstIssue } from '../cmo/model';
import { toReply } from '../service/service';
import { say, wordsFor } from '../cmo/logMessages';
import { UsageError } from './args';
import { out, type Command } from './util';
import { newCmd } from './commands/new';
import { info } from './commands/info';
import { importCmd } from './commands/import';
import { code } from './commands/code';
import { matrix } from './commands/matrix';
import { quotes } from './commands/quotes';
import { log } from './commands/log';
import { review } from './commands/review';
import { undo, redo } from './commands/undo';
import { edit } from './commands/edit';
import { cmoc } from './commands/cmoc';
import { evidence } from './commands/evidence';
import { pseudonyms } from './commands/pseudonyms';
import { codeSheet } from './commands/codeSheet';
import { search } from './commands/search';
import { autocode } from './commands/autocode';
import { codes } from './commands/codes';
import { source } from './commands/source';
import { repair } from './commands/repair';
import { segmentsCmd } from './commands/segments';
import { exportQdpx } from './commands/exportQdpx';
import { interviewers } from './commands/interviewers';
import { turns } from './commands/turns';
import { agreementCmd, coderCopyCmd, mergeCmd } from './commands/team';
import { memo } from './commands/memo';

const USAGE = `cmo — CMO Workbench på kommandolinjen

  cmo new <projekt.cmo.json> [--template nfa-aftaleforloeb|blank] [--name "Navn"]
  cmo info <projekt> [--json]
  cmo import <projekt> <fil|mappe…> [--case <id|nr>] [--role <rolle>] [--json]   .docx .odt .rtf .txt .md .vtt .srt
  cmo source <projekt> <navn|id> [--json]          en kildes tekst, talerture, deltagere og noter
           [--map "IP=Leder[@case]"|"I=-"…] [--autocode <taler> --kind C|M|O --pt <id>…]
  cmo code <projekt> --source <navn|id> --text "<passage>" [--kind C|M|O --pt <id> [--pt <id>…]] [--code <sti>…]
           [--verdict supports|refutes|refines|unclear] [--memo …] [--coder …]
  cmo matrix <projekt> [--rows case|role|participant|source|attr:<egenskab>] [--cols pt|kind|pt-kind|verdict]
           [--kind C,M,O] [--verdict …] [--coder …] [--measure segments|sources|participants|words|cmoc]
           [--format json|csv|xlsx|docx] [--out <fil>]   med rækker og kolonner i alt
  cmo cmoc add <projekt> --pt <id> --segments <id,id,…> [--verdict …] [--statement "Hvis … så … fordi …"]
  cmo cmoc list <projekt> [--pt <id>] [--json]
  cmo evidence <projekt> --pt <id> [--coder …] [--json]
  cmo codes list|add|rename|move|merge|remove <projekt> …   kodebogen (stier som "Ramme/Kode")
  cmo codes export-qdc|import-qdc|export-csv|import-csv <projekt> <fil>
  cmo quotes <projekt> [--code <sti>…] [--pt <id>…] [--case <id>…] [--role <r>…] [--kind …] [--verdict …] [--coder …]
           [--attr <egenskab>=<værdi>…] [--cmoc <id>…] [--starred] [--picked] [--order pt|manual]
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
`;

const commands: Record<string, Command> = {
  new: newCmd,
  info,
  import: importCmd,
  code,
  matrix,
  quotes,
  log,
  review,
  undo,
  redo,
  edit,
  cmoc,
  evidence,
  codes,
  source,
  search,
  autocode,
  pseudonyms,
  'code-sheet': codeSheet,
  segments: segmentsCmd,
  'export-qdpx': exportQdpx,
  'coder-copy': coderCopyCmd,
  merge: mergeCmd,
  agreement: agreementCmd,
  interviewers,
  turns,
  repair,
  memo,
};

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    out(USAGE);
    return cmd ? 0 : 2;
  }
  const run = commands[cmd];
  if (!run) {
    process.stderr.write(`cmo: ${wordsFor(say('cliUnknownCommand', { command: cmd }), 'da')}\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help')) {
    out(USAGE);
    return 0;
  }
  try {
    return await run(rest);
  } catch (e) {
    const msg =
      e instanceof UsageError
        ? wordsFor(say('cliSeeHelp', { problem: e.said }), 'da')
        : e instanceof ZodError
          ? wordsFor(say('cliInvalidInput', { issue: firstIssue(e) }), 'da')
          : toReply(e, `cmo ${cmd}`).error;
    process.stderr.write(`cmo ${cmd}: ${msg}\n`);
    // bad flags or option values are usage errors (2); a refused command or a bad file is 1
    return e instanceof UsageError || e instanceof ZodError ? 2 : 1;
  }
}
