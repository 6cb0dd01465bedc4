import type { Code } from '../model';
import { stableGuid } from '../guid';

/**
 * The report's other analytic frames as a codebook. Level descriptions follow the report's own
 * text on the forebyggelsestrappe and the psychosocial forebyggelsestrappe (P-HOC, Tabel 9),
 * its three reasons for accepting an aftaleforløb, SDT motivation, and the inspectors' roles.
 * Ids are GUIDs derived from the path, so the same code has the same id in every NFA project.
 */
type Node = [name: string, description: string, children?: Node[], codable?: boolean];

const FRAMES: Node[] = [
  [
    'Forebyggelsestrappen',
    'Hierarchy of Controls / STOP-princippet: implementerede tiltag placeret efter forebyggelsespotentiale.',
    [
      [
        'Niveau 5. Elimination',
        'Den mest effektive metode til forebyggelse, hvor man fjerner risikoen fuldstændigt, fx farlige ' +
          'materialer eller processer fjernes helt fra arbejdsopgaven.',
      ],
      [
        'Niveau 4. Substitution',
        'Erstatning af farlige materialer eller processer med mindre farlige, så risikoen mindskes uden at ' +
          'ændre selve arbejdsprocessen.',
      ],
      [
        'Niveau 3. Tekniske kontrolforanstaltninger',
        'Designændringer og installation af tekniske løsninger for at reducere risikoen, fx ventilation, ' +
          'alarmer, maskiner med indbyggede sikkerhedsfunktioner og beskyttelsesanordninger.',
      ],
      [
        'Niveau 2. Administrative kontrolforanstaltninger',
        'Politikker, procedurer og uddannelse for at minimere eksponeringen for farer; også skiltning, ' +
          'advarsler og rotationsordninger.',
      ],
      [
        'Niveau 1. Personlige værnemidler',
        'Udstyr som hjelme, beskyttelsesbriller og handsker, når de andre kontrolforanstaltninger ikke er ' +
          'tilstrækkelige.',
      ],
    ],
    false,
  ],
  [
    'Psykosocial forebyggelsestrappe',
    'Den psykosociale forebyggelsestrappe (P-HOC, Tabel 9): prioriterer organisatoriske, omfattende og ' +
      'kontekstspecifikke tiltag.',
    [
      [
        'Niveau 5. Reduktion af krav',
        'Tiltag der direkte reducerer arbejdsmængden eller øger de tidsmæssige eller fysiske ressourcer, ' +
          'fx fjerne kilden til risiko eller ansætte flere medarbejdere.',
      ],
      [
        'Niveau 4. Arbejdstid og indflydelse',
        'Organisatoriske tiltag der ændrer arbejdstidsordninger og giver medarbejderne mere indflydelse, ' +
          'fx fleksible arbejdstider eller jobrotation.',
      ],
      [
        'Niveau 3. Ledelsesstøtte og arbejdsmiljø',
        'Ledelsesstøtte til at prioritere og vurdere krav; ændringer i det fysiske og sociale arbejdsmiljø ' +
          'eller en støttende arbejdskultur.',
      ],
      [
        'Niveau 2. Administrative tiltag',
        'Strategier, politikker, retningslinjer, træning, uddannelse og andre kommunikative praksisser i virksomheden.',
      ],
      [
        'Niveau 1. Individuelle tiltag',
        'Individuelle tiltag som mindfulness, informationsformidling og individuel psykologisk terapi; ' +
          'supplerende til organisatoriske tiltag.',
      ],
    ],
    false,
  ],
  [
    'Begrundelser for at sige ja',
    'De tre årsager virksomhederne giver for at indgå aftaleforløb.',
    [
      ['Viden, støtte og sparring', 'Muligheden for at opnå viden, støtte og sparring fra Arbejdstilsynet.'],
      ['Undgå påbud', 'At undgå påbud eller elementer herfra (sanktioner, bureaukrati, negativ smiley).'],
      [
        'Fokus på arbejdsmiljøproblemet',
        'Aftaleforløbet sætter fokus på et problem, der ikke var (nok) opmærksomhed på, eller fremskynder en proces.',
      ],
    ],
    false,
  ],
  [
    'Motivation (selvbestemmelsesteori)',
    'Regulering af motivation (Self-Determination Theory, Kvorning et al., 2016).',
    [
      [
        'Intern regulering',
        'Formålet om at forbedre arbejdsmiljøet er i overensstemmelse med virksomhedens egne ønsker; ' +
          'autonomi og selvbestemmelse i løsningen.',
      ],
      ['Ekstern regulering', 'Motivation drevet udefra, fx ønsket om at undgå sanktioner og påbud.'],
    ],
    false,
  ],
  [
    'Tilsynsførendes roller',
    'De roller de tilsynsførende optræder i, når de tilbyder et aftaleforløb.',
    [
      ['Udfordrer', 'Udfordrer virksomhedens forståelse af problemet og dens egne løsninger.'],
      ['Bannerfører', 'Går foran for arbejdsmiljøet og aftaleforløbet som tilsynspraksis.'],
      ['Ekspert', 'Bidrager med faglig viden og kompetent hjælp og vejledning (jf. PT #4a).'],
      [
        'Alliancebygger',
        'Søger fortrolighed, gensidig accept og win-win situationer; dialog og samarbejde som vej til ' +
          'bedre forebyggelse (jf. PT #4b).',
      ],
      ['Influencer', 'Påvirker holdninger og prioriteringer i virksomheden gennem dialog.'],
      ['Autoritet', 'Optræder som myndighed, der kan afdække til afgørelse og give påbud.'],
    ],
    false,
  ],
  ['Induktive koder', 'Koder der vokser frem under læsningen (den abduktive tilgang).', [], false],
];

export function nfaCodebook(): Code[] {
  const out: Code[] = [];
  const walk = (nodes: Node[], parentId: string | null, prefix: string) => {
    for (const [name, description, children, codable] of nodes) {
      const path = prefix ? `${prefix}/${name}` : name;
      const id = stableGuid(`nfa-aftaleforloeb:${path}`);
      out.push({ id, name, description, color: null, parentId, codable: codable ?? true });
      if (children) walk(children, id, path);
    }
  };
  walk(FRAMES, null, '');
  return out;
}
