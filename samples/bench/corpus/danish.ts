/**
 * Danish-like interview text: real high-frequency Danish words and words of the field
 * (arbejdsmiljø, tilsynsførende, påbud …) ranked by a Zipf law, plus made-up words built from
 * Danish syllables (with æ, ø, å) for the long tail, in sentences and speaker turns
 * (`Interviewer: …` / `Leder: …`, one turn per line, a blank line between turns).
 */
import type { Rng } from './prng';
import { mulberry32 } from './prng';

const FUNCTION_WORDS = (
  'og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi min havde ham hun nu ' +
  'over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog noget ' +
  'ville jo deres efter ned skulle denne end dette mit også under have dig anden hende mine alt meget sit sine mod ' +
  'disse hvis din nogle hos blive mange ad bliver hendes været jer sådan så bare altså ligesom nok måske faktisk ' +
  'egentlig lidt helt godt rigtig hele hver både mellem gennem uden igen stadig allerede især jamen øh ja nej'
).split(' ');

const FIELD_WORDS = (
  'arbejdsmiljø arbejdstilsynet tilsynsførende aftale aftaleforløb påbud virksomhed virksomheden ' +
  'medarbejdere ledelse ' +
  'ledelsen løft løftegrej forflytning psykisk belastning vejledning kontrolbesøg tidsfrist måneder smiley afgørelse ' +
  'hjælp løsning løsninger samarbejde arbejdspladsen sygefravær trivsel møde møder handlingsplan risikovurdering apv ' +
  'kollegaer ryggen skuldrene tunge rengøring børnehave hospital køkken værksted forebyggelse dialog tillid krav ' +
  'mobning vold trusler følelsesmæssige tidspres arbejdsmængde ændringer rutiner udstyr hjælpemidler instruktion ' +
  'oplæring opfølgning konsulent rådgiver arbejdsmiljøorganisationen øget bedre større mindre svært nemt vigtigt ' +
  'gøre få se sige tænke mene synes prøve snakke tale høre vide forstå ændre løse hjælpe bruge arbejde komme gå ' +
  'tage give sætte stå føle opleve første sidste næste gang tid år dag uge måde ting sted del problem spørgsmål ' +
  'svar forløb proces resultat effekt dårligt beboerne borgerne børnene patienterne kunderne eleverne vagten ' +
  'vagterne lederen arbejdsmiljørepræsentanten tilsynet besøget aftalen påbuddet ordningen indsatsen kurset ' +
  'skemaet planen sengene lifte stole borde gulvet trappen pauser overarbejde travlhed stress konflikter ' +
  'forventninger ansvar beslutning økonomi budget tilbagemelding spørgeskema kortlægning undersøgelse'
).split(' ');

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'bl',
  'br',
  'dr',
  'fl',
  'fr',
  'gr',
  'kl',
  'kr',
  'sk',
  'sl',
  'sm',
  'sn',
  'sp',
  'st',
  'str',
  'tr',
  'hv',
  'j',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'y', 'æ', 'ø', 'å', 'e', 'a', 'e', 'ø', 'æ'];
const CODAS = [
  '',
  '',
  'n',
  'r',
  'l',
  's',
  't',
  'd',
  'g',
  'k',
  'nd',
  'ng',
  'st',
  'rt',
  'ld',
  'lse',
  'hed',
  'ning',
  'else',
  'lig',
  'ende',
  'er',
  'et',
  'en',
];

/** The ranked vocabulary, the same for every corpus: function words, field words, then made-up words. */
function buildVocabulary(): string[] {
  const rng = mulberry32(0x5eed);
  const made = new Set<string>();
  while (made.size < 4000) {
    const syllables = rng.int(1, 4);
    let w = '';
    for (let s = 0; s < syllables; s++)
      w +=
        rng.pick(ONSETS) +
        rng.pick(VOWELS) +
        (s === syllables - 1 ? rng.pick(CODAS) : rng.chance(0.3) ? rng.pick(CODAS) : '');
    if (w.length >= 2 && w.length <= 18) made.add(w);
  }
  const known = new Set([...FUNCTION_WORDS, ...FIELD_WORDS]);
  return [...new Set([...FUNCTION_WORDS, ...FIELD_WORDS, ...[...made].filter((w) => !known.has(w))])];
}

export const VOCABULARY: readonly string[] = buildVocabulary();
/** Real words of the field, for search queries that should find something. */
export const FIELD_VOCABULARY: readonly string[] = FIELD_WORDS;

/** Cumulative Zipf weights (s = 1.05) over the ranked vocabulary. */
const CUMULATIVE: Float64Array = (() => {
  const c = new Float64Array(VOCABULARY.length);
  let sum = 0;
  for (let r = 0; r < VOCABULARY.length; r++) {
    // field words get a boost so the text reads as being about the working environment
    const boost = r >= FUNCTION_WORDS.length && r < FUNCTION_WORDS.length + FIELD_WORDS.length ? 6 : 1;
    sum += boost / Math.pow(r + 1, 1.05);
    c[r] = sum;
  }
  for (let r = 0; r < c.length; r++) c[r] = c[r]! / sum;
  return c;
})();

export function word(rng: Rng): string {
  const u = rng.next();
  let lo = 0,
    hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid]! < u) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo]!;
}

export function sentence(rng: Rng, question = false): { text: string; words: number } {
  const n = rng.int(4, 22);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = word(rng);
    if (i === 0) w = w.charAt(0).toUpperCase() + w.slice(1);
    if (i < n - 1 && i > 1 && rng.chance(0.07)) w += ',';
    parts.push(w);
  }
  return {
    text: parts.join(' ') + (question ? '?' : rng.chance(0.06) ? '?' : rng.chance(0.04) ? ' …' : '.'),
    words: n,
  };
}

export interface Turn {
  start: number;
  end: number;
  speaker: string;
  respondent: boolean;
  sentences: { start: number; end: number }[];
}
export interface Transcript {
  text: string;
  words: number;
  turns: Turn[];
}

/**
 * A transcript alternating interviewer questions and answers by `speaker`, until `words`
 * words or `chars` characters. Sentence offsets (UTF-16, as stored) are kept for coding.
 */
export function transcript(rng: Rng, speaker: string, until: { words?: number; chars?: number }): Transcript {
  let text = '';
  let words = 0;
  const turns: Turn[] = [];
  const done = () =>
    (until.words !== undefined && words >= until.words) || (until.chars !== undefined && text.length >= until.chars);
  let interviewer = true;
  while (!done()) {
    if (text) text += '\n\n';
    const label = interviewer ? 'Interviewer' : speaker;
    const start = text.length;
    text += `${label}: `;
    words += 1;
    const sentences: { start: number; end: number }[] = [];
    const count = interviewer ? rng.int(1, 2) : rng.int(2, 9);
    for (let i = 0; i < count; i++) {
      if (i) text += ' ';
      const s = sentence(rng, interviewer && i === count - 1);
      sentences.push({ start: text.length, end: text.length + s.text.length });
      text += s.text;
      words += s.words;
    }
    turns.push({ start, end: text.length, speaker: label, respondent: !interviewer, sentences });
    interviewer = !interviewer;
  }
  if (until.chars !== undefined && text.length > until.chars) {
    // trim to the exact size at a sentence end, dropping turns and sentences beyond it
    while (turns.length && turns.at(-1)!.start >= until.chars) turns.pop();
    const last = turns.at(-1);
    if (last) {
      while (last.sentences.length > 1 && last.sentences.at(-1)!.end > until.chars) last.sentences.pop();
      last.end = last.sentences.at(-1)!.end;
      text = text.slice(0, last.end);
    }
  }
  return { text, words, turns };
}
