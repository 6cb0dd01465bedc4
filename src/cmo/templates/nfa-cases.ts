import type { AttributeDef, Case, Role } from '../model';

/** The roles the report attributes quotes to, with the abbreviations used in its tables. */
export const NFA_ROLES: Role[] = [
  { id: 'leder', label: 'Leder', labelEn: 'Manager', aliases: ['ledere', 'lederen', 'mellemleder', 'direktør', 'L'] },
  {
    id: 'juridisk-ansvarlig',
    label: 'Juridisk ansvarlig',
    labelEn: 'Legal owner',
    aliases: ['JA', 'juridisk ansvarlige', 'juridiskansvarlig', 'ejer'],
  },
  {
    id: 'arbejdsmiljorepraesentant',
    label: 'Arbejdsmiljørepræsentant',
    labelEn: 'Safety representative',
    aliases: ['AMR', 'arbejdsmiljørepræsentanten', 'arbejdsmiljorepraesentant', 'AR'],
  },
  {
    id: 'medarbejder',
    label: 'Medarbejder',
    labelEn: 'Employee',
    aliases: ['MA', 'medarbejderrepræsentant', 'medarbejderen'],
  },
  {
    id: 'tilsynsforende',
    label: 'Tilsynsførende',
    labelEn: 'Labour inspector',
    aliases: ['TF', 'tilsynsforende', 'den tilsynsførende', 'tilsynsførende'],
  },
  {
    id: 'tilsynssupporter',
    label: 'Tilsynssupporter',
    labelEn: 'Inspection supporter',
    aliases: ['TS', 'tilsynssupporteren'],
  },
];

export const NFA_ATTRIBUTES: AttributeDef[] = [
  { id: 'ansatte', label: 'Ansatte', type: 'category', values: ['10-34', '35-99', '+100'] },
  {
    id: 'branche',
    label: 'Branche',
    type: 'category',
    values: [
      'Metal og Maskiner',
      'Daginstitution',
      'Døgninstitutioner og hjemmepleje',
      'Restaurant',
      'Rengøring',
      'Undervisning',
      'Hospital',
      'Kontor',
    ],
  },
  { id: 'sektor', label: 'Privat/offentlig', type: 'category', values: ['Privat', 'Offentlig'] },
  { id: 'problemgruppe', label: 'Arbejdsmiljøproblemgruppe', type: 'category', values: ['MSB', 'Psyk'] },
  {
    id: 'problememne',
    label: 'Arbejdsmiljøproblem-emne',
    type: 'category',
    values: [
      'Løft',
      'Personforflytning',
      'Personforflytninger',
      'Vold og traumatiske hændelser',
      'Bæring',
      'Arbejdsstillinger og -bevægelser',
      'Stor arbejdsmængde og tidspres',
      'Høje følelsesmæssige krav',
      'Uklare og modstridende krav',
      'Krænkende handlinger og mobning',
    ],
  },
];

/** Tabel 4 ("Introduktion til cases"), row by row. */
const ROWS: [number, string, string, string, string, string][] = [
  [1, '35-99', 'Metal og Maskiner', 'Privat', 'MSB', 'Løft'],
  [2, '10-34', 'Daginstitution', 'Privat', 'MSB', 'Personforflytning'],
  [3, '35-99', 'Døgninstitutioner og hjemmepleje', 'Offentlig', 'Psyk', 'Vold og traumatiske hændelser'],
  [4, '10-34', 'Restaurant', 'Privat', 'MSB', 'Bæring'],
  [5, '+100', 'Rengøring', 'Privat', 'MSB', 'Arbejdsstillinger og -bevægelser'],
  [6, '+100', 'Undervisning', 'Privat', 'MSB', 'Løft'],
  [7, '+100', 'Rengøring', 'Offentlig', 'MSB', 'Løft'],
  [8, '+100', 'Hospital', 'Offentlig', 'Psyk', 'Stor arbejdsmængde og tidspres'],
  [9, '+100', 'Metal og Maskiner', 'Privat', 'MSB', 'Arbejdsstillinger og -bevægelser'],
  [10, '35-99', 'Undervisning', 'Offentlig', 'Psyk', 'Høje følelsesmæssige krav'],
  [11, '10-34', 'Døgninstitutioner og hjemmepleje', 'Privat', 'MSB', 'Personforflytninger'],
  [12, '35-99', 'Kontor', 'Privat', 'MSB', 'Arbejdsstillinger og -bevægelser'],
  [13, '35-99', 'Restaurant', 'Privat', 'MSB', 'Bæring'],
  [14, '+100', 'Daginstitution', 'Offentlig', 'Psyk', 'Uklare og modstridende krav'],
  [15, '+100', 'Kontor', 'Offentlig', 'Psyk', 'Stor arbejdsmængde og tidspres'],
  [16, '+100', 'Hospital', 'Offentlig', 'MSB', 'Personforflytning'],
  [17, '10-34', 'Daginstitution', 'Privat', 'Psyk', 'Vold og traumatiske hændelser'],
  [18, '10-34', 'Undervisning', 'Privat', 'Psyk', 'Krænkende handlinger og mobning'],
  [19, '10-34', 'Rengøring', 'Privat', 'MSB', 'Arbejdsstillinger og -bevægelser'],
  [20, '+100', 'Kontor', 'Offentlig', 'Psyk', 'Stor arbejdsmængde og tidspres'],
];

export const NFA_CASES: Case[] = ROWS.map(([n, ansatte, branche, sektor, problemgruppe, problememne]) => ({
  id: `case-${String(n).padStart(2, '0')}`,
  label: `Case ${n}`,
  number: n,
  attributes: { ansatte, branche, sektor, problemgruppe, problememne },
}));
