/** A small project for the search tests: three interviews in three cases, some coded, with memos. */
import type { Project } from '../../../src/cmo/model';
import { makeSource, nfaProject, segOn, withData } from '../helpers';

export const L1 =
  'Interviewer: Hvorfor sagde I ja?\n\n' +
  'Leder: Vi sagde ja, fordi vi gerne ville have hjælp til løftene i stedet for et påbud. ' +
  'Lederen købte en løftevogn, men den står mest i hjørnet.\n\n' +
  'Interviewer: Hvordan var samarbejdet?\n\n' +
  'Leder: Godt. Vi talte om smiley-ordningen og om Århus-kontoret.\n';
export const A3 =
  'Interviewer: Og kontrolbesøget?\n\n' +
  'AMR: Kontrolbesøget var egentlig bare en formalitet, for vi havde jo allerede løst det. ' +
  'Der kom et kontrol besøg mere senere. Vi var i Aarhus til kursus.\n';
export const L14 =
  'Interviewer: Hvad er svært her?\n\n' +
  'Leder: I en kommune går beskeden gennem tre led, før den når ud til os på stuerne. Vi har tre gode ledere.\n\n' +
  'Interviewer: Hvad betød kontrollen?\n\n' +
  'Leder: Jens Hansen sagde til mig, at kontrolbesøget fik ledelsen til at prioritere det. Loftet er lavt her.\n';

export function searchProjectFixture(): Project {
  const s1 = makeSource({
    id: 'src-1',
    name: 'Case 01 - Leder',
    text: L1,
    caseId: 'case-01',
    speakerMap: { Leder: 'p-l1', Interviewer: 'p-int' },
  });
  const s3 = makeSource({
    id: 'src-3',
    name: 'Case 03 - AMR',
    text: A3,
    caseId: 'case-03',
    speakerMap: { AMR: 'p-a3', Interviewer: 'p-int' },
  });
  const s14 = makeSource({
    id: 'src-14',
    name: 'Case 14 - Leder',
    text: L14,
    caseId: 'case-14',
    speakerMap: { Leder: 'p-l14', Interviewer: 'p-int' },
  });
  const p = withData(nfaProject(), {
    participants: [
      { id: 'p-l1', label: 'Leder case 1', roleId: 'leder', caseId: 'case-01' },
      { id: 'p-a3', label: 'AMR case 3', roleId: 'arbejdsmiljorepraesentant', caseId: 'case-03' },
      { id: 'p-l14', label: 'Leder case 14', roleId: 'leder', caseId: 'case-14' },
      { id: 'p-int', label: 'Interviewer', roleId: null, caseId: null },
    ],
    sources: [s1, s3, s14],
    segments: [
      segOn(s3, 'seg-a', 'Kontrolbesøget var egentlig bare en formalitet', 'O', ['#10'], {
        memo: 'Formalitet: tilsynet kom efter løsningen',
      }),
      segOn(s14, 'seg-b', 'kontrolbesøget fik ledelsen til at prioritere det', 'O', ['#10']),
      segOn(s1, 'seg-c', 'Lederen købte en løftevogn', 'M', ['#6'], { memo: 'Hjælpemidler uden brug' }),
    ],
  });
  return {
    ...p,
    configurations: [
      {
        id: 'cfg-1',
        pt: '#10',
        contextIds: [],
        mechanismIds: [],
        outcomeIds: ['seg-a'],
        statement: 'Hvis kontrolbesøget kommer sent, så opleves det som en formalitet, fordi problemet er løst.',
        verdict: 'unclear',
        createdAt: p.createdAt,
        updatedAt: p.createdAt,
      },
    ],
  };
}
