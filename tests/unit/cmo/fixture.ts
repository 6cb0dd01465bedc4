/** A small NFA project built in code: three cases' worth of sources, speakers and segments. */
import type { Participant, Project } from '../../../src/cmo/model';
import { makeSource, nfaProject, segOn, withData } from '../helpers';

export const participants: Participant[] = [
  { id: 'p-leder3', label: 'Leder, Case 3', roleId: 'leder', caseId: 'case-03' },
  { id: 'p-amr3', label: 'Arbejdsmiljørepræsentant, Case 3', roleId: 'arbejdsmiljorepraesentant', caseId: 'case-03' },
  { id: 'p-leder1', label: 'Leder, Case 1', roleId: 'leder', caseId: 'case-01' },
  { id: 'p-tf', label: 'Tilsynsførende', roleId: 'tilsynsforende', caseId: null },
];

export const s3 = makeSource({
  id: 's3',
  name: 'Case 3 gruppeinterview',
  caseId: 'case-03',
  text:
    'Interviewer: Hvordan startede forløbet?\n\n' +
    'Leder: Vi fik besøg af den tilsynsførende, og hun var meget kompetent.\nHun kom med gode råd.\n\n' +
    'Interviewer: Og arbejdsmiljørepræsentanten?\n\n' +
    'AMR: Jeg var med fra starten, og vi lavede en skriftlig aftale med en frist.',
  speakerMap: { Leder: 'p-leder3', AMR: 'p-amr3' },
});
export const s1 = makeSource({
  id: 's1',
  name: 'Case 1 leder',
  caseId: 'case-01',
  text:
    'Interviewer: Hvor lang tid havde I?\nLeder: Vi havde tre måneder til at løse det.\nDet var nok tid, og ' +
    'hjælpen var god.',
  speakerMap: { Leder: 'p-leder1' },
});
export const sTf = makeSource({
  id: 'stf',
  name: 'TF interview',
  caseId: null,
  text: 'TF: Aftaleforløb giver mig mere tid til vejledning ude på virksomhederne.',
  speakerMap: { TF: 'p-tf' },
});

export const segs = {
  /** Leder case 3, M #4a, over a line break */
  g1: segOn(s3, 'g1', 'den tilsynsførende, og hun var meget kompetent.\nHun kom med gode råd.', 'M', ['#4a'], {
    verdict: 'supports',
  }),
  /** AMR case 3, O #9 and #4a */
  g2: segOn(s3, 'g2', 'vi lavede en skriftlig aftale', 'O', ['#9', '#4a'], { verdict: 'supports' }),
  /** interviewer in case 3, C #1 */
  g3: segOn(s3, 'g3', 'Hvordan startede forløbet?', 'C', ['#1']),
  /** Leder case 1, C #11 */
  g4: segOn(s1, 'g4', 'tre måneder til at løse det', 'C', ['#11'], { verdict: 'refines' }),
  /** TF, no case, O #3a */
  g5: segOn(sTf, 'g5', 'mere tid til vejledning', 'O', ['#3a'], { coder: 'anden' }),
  /** Leder case 1, M #4a */
  g6: segOn(s1, 'g6', 'Det var nok tid, og hjælpen var god.', 'M', ['#4a']),
};

export function fixture(only: (keyof typeof segs)[] = Object.keys(segs) as (keyof typeof segs)[]): Project {
  return withData(nfaProject(), { participants, sources: [s3, s1, sTf], segments: only.map((k) => segs[k]) });
}
