import { registerStrings } from '../i18n';

export const ns = registerStrings('refi', {
  da: {
    open: 'Kortlæg til programteorien…',
    title: 'Kortlæg koder til programteorien',
    intro:
      'Passager kodet med en kode får typen, programteoripunktet og vurderingen i rækken. ' +
      'Forslagene kommer fra kodernes navne (PT 4a, Mekanisme, bekræfter …) — ret dem, før de anvendes. ' +
      'Intet anvendes af sig selv.',
    code: 'Kode',
    passages: 'Passager',
    kind: 'Type',
    pt: 'PT-punkt',
    verdict: 'Vurdering',
    use: 'Anvend',
    none: '–',
    C: 'Kontekst',
    M: 'Mekanisme',
    O: 'Outcome',
    supports: 'bekræfter',
    refutes: 'afkræfter',
    refines: 'nuancerer',
    keep: 'Behold koderne i kodebogen',
    apply_one: 'Anvend {{count}} kortlægning',
    apply_other: 'Anvend {{count}} kortlægninger',
    applied:
      '{{changed}} passager fik type/PT/vurdering; {{incomplete}} mangler stadig type eller PT-punkt; ' +
      '{{removed}} koder fjernet.',
    noCodes: 'Ingen koder er brugt på passager endnu.',
    proposed: 'foreslået: {{because}}',
    close: 'Luk',
    exportQdpx: '.qdpx (REFI-QDA-projekt)',
  },
  en: {
    open: 'Map onto the programme theory…',
    title: 'Map codes onto the programme theory',
    intro:
      'Passages coded with a code get the kind, PT point and verdict in its row. The proposals come from the ' +
      'code names (PT 4a, Mechanism, supports …) — correct them before applying. Nothing is applied by itself.',
    code: 'Code',
    passages: 'Passages',
    kind: 'Kind',
    pt: 'PT point',
    verdict: 'Verdict',
    use: 'Apply',
    none: '–',
    C: 'Context',
    M: 'Mechanism',
    O: 'Outcome',
    supports: 'supports',
    refutes: 'refutes',
    refines: 'refines',
    keep: 'Keep the codes in the codebook',
    apply_one: 'Apply {{count}} mapping',
    apply_other: 'Apply {{count}} mappings',
    applied:
      '{{changed}} passages got a kind/PT/verdict; {{incomplete}} still lack a kind or PT point; {{removed}} ' +
      'codes removed.',
    noCodes: 'No code is used on passages yet.',
    proposed: 'proposed: {{because}}',
    close: 'Close',
    exportQdpx: '.qdpx (REFI-QDA project)',
  },
});
