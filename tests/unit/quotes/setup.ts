/** A small project on disk, built through the service: three interviews, a few coded quotes. */
import path from 'node:path';
import { openService, type Service } from '../../../src/service/service';
import { createProjectFile } from '../../../src/store/projectFile';
import { makeTmp, nfaProject } from '../helpers';

export const T = {
  c1: 'Vi sagde ja, fordi vi gerne ville have hjælp til løftene i stedet for et påbud.',
  c1b: 'Jens Hansen sagde til mig, at kontrolbesøget fik ledelsen til at prioritere det.',
  c3: 'Den tilsynsførende var god til at lytte, og det gjorde, at vi turde sige, hvad der var galt.',
  c3b: 'Kontrolbesøget var egentlig bare en formalitet, for vi havde jo allerede løst det.',
  c14: 'I en kommune går beskeden gennem tre led, før den når ud til os på stuerne.',
};

export const FILES: Record<string, { text: string; caseId: string; role: string }> = {
  'Case 01 - Leder.txt': {
    caseId: 'case-01',
    role: 'Leder',
    text:
      `Interviewer: Hvorfor sagde I ja?\n\nLeder: ${T.c1}\n\nInterviewer: Hvem talte I med?\n\nLeder: ` +
      `${T.c1b}\nOg jens hansens kollega var enig.\n`,
  },
  // the transcript itself hyphenates a word across a line break; a quote mark is curly
  'Case 03 - Arbejdsmiljørepræsentant.txt': {
    caseId: 'case-03',
    role: 'AMR',
    text:
      `Interviewer: Hvordan var samarbejdet?\n\nAMR: Den tilsyns-\nførende var god til at lytte, og det ` +
      `gjorde, at vi turde sige, hvad der var galt.\n\nInterviewer: Og kontrolbesøget?\n\nAMR: ${T.c3b} Hun ` +
      `sagde “det er fint”, og så gik hun.\n`,
  },
  'Case 14 - Leder.txt': {
    caseId: 'case-14',
    role: 'Leder',
    text:
      `Interviewer: Hvad er svært her?\n\nLeder: I en kommune går beskeden\ngennem tre led, før den når ud ` +
      `til os på stuerne.\n\nInterviewer: Og ellers?\n\nLeder: Det er det samme. Det er det samme.\n`,
  },
};

let tick = 0;
export async function openAt(file: string): Promise<Service> {
  return openService(file, {
    user: 'tester',
    now: () => new Date(Date.UTC(2024, 4, 1, 10, 0, tick++)).toISOString(),
    newId: (() => {
      let n = 0;
      return (prefix: string) => `${prefix}-${++n}-${tick}`;
    })(),
  });
}

/** Creates the project with the three sources and codes five quotes; returns the open service. */
export async function buildProject(): Promise<{
  dir: string;
  file: string;
  svc: Service;
  ids: Record<string, string>;
}> {
  const dir = makeTmp('cmo-quotes-');
  const file = path.join(dir, 'p.cmo.json');
  await createProjectFile(file, nfaProject());
  const svc = await openAt(file);
  for (const [name, f] of Object.entries(FILES)) {
    await svc.call('source.import', {
      fileName: name,
      dataBase64: Buffer.from(f.text, 'utf8').toString('base64'),
      caseId: f.caseId,
      role: f.role,
    });
  }
  const ids: Record<string, string> = {};
  const code = async (
    key: string,
    source: string,
    text: string,
    kind: 'C' | 'M' | 'O',
    pt: string[],
    verdict: 'supports' | 'refutes' | 'refines' | 'unclear' = 'unclear',
    memo = '',
  ) => {
    ids[key] = (await svc.call('segment.codeText', { source, text, kind, pt, verdict, memo })).id;
  };
  await code('c1', 'Case 01 - Leder', T.c1, 'M', ['#12'], 'supports');
  await code(
    'c1b',
    'Case 01 - Leder',
    `${T.c1b}\nOg jens hansens kollega var enig.`,
    'O',
    ['#10'],
    'supports',
    'Jens Hansen er lederen',
  );
  await code(
    'c3',
    'Case 03 - Arbejdsmiljørepræsentant',
    'Den tilsyns-\nførende var god til at lytte',
    'M',
    ['#4b', '#5'],
    'supports',
  );
  await code('c3b', 'Case 03 - Arbejdsmiljørepræsentant', T.c3b, 'O', ['#10'], 'refutes');
  await code('c14', 'Case 14 - Leder', 'I en kommune går beskeden\ngennem tre led', 'C', ['#15'], 'supports');
  return { dir, file, svc, ids };
}

export const fromB64 = (s: string) => Buffer.from(s, 'base64');
