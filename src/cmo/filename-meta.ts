import type { Case, Role } from './model';

/** Case and role read from a transcript's file name, for a preview the user can correct. */
export interface FileNameMeta {
  fileName: string;
  /** the case number written in the name (`Case 03` → 3), even when the project has no such case */
  caseNumber: number | null;
  caseId: string | null;
  caseLabel: string | null;
  roleId: string | null;
  roleLabel: string | null;
  /** the parts of the name that were recognised, e.g. `{ case: 'Case 03', role: 'Leder' }` */
  matched: { case?: string; role?: string };
}

/** Case number: `Case 03`, `case3`, `case-07`, `C14`, `Sag 5`, `#12` is not enough on its own. */
const CASE = /(?<![\p{L}\p{N}])(case|sag|c)[\s_.#-]*0*(\d{1,3})(?!\d)/iu;

/** Danish letters spelled out, as they are in file names written without them (tilsynsforende). */
const ascii = (s: string) => s.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'aa');
const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

/**
 * Reads `Case 03 - Leder.docx`, `case3_AMR.txt`, `C14 Tilsynsførende.vtt` into case and role.
 * Roles are matched against the project's roles by label, English label, id and aliases (AMR,
 * TF, JA …), also when the name spells æ/ø/å as ae/o/aa; the longest match wins. Pure.
 */
export function metaFromFileName(
  fileName: string,
  project: { cases: readonly Case[]; roles: readonly Role[] },
): FileNameMeta {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]+$/, '')
    .normalize('NFC');
  const out: FileNameMeta = {
    fileName,
    caseNumber: null,
    caseId: null,
    caseLabel: null,
    roleId: null,
    roleLabel: null,
    matched: {},
  };

  let rest = base;
  const c = CASE.exec(base);
  if (c) {
    out.caseNumber = Number(c[2]);
    out.matched.case = c[0].trim();
    const kase = project.cases.find((k) => k.number === out.caseNumber);
    if (kase) {
      out.caseId = kase.id;
      out.caseLabel = kase.label;
    }
    rest = base.slice(0, c.index) + ' ' + base.slice(c.index + c[0].length);
  }

  // words of the rest of the name, split also between letters and digits (AMR2 → AMR 2)
  const words = rest.split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u).filter(Boolean);
  const names = project.roles.map((r) => ({
    role: r,
    keys: [r.id, r.label, r.labelEn ?? '', ...r.aliases].filter(Boolean).map((k) => ({ k, short: k.length <= 1 })),
  }));
  let best: { role: Role; text: string; n: number } | null = null;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ');
      const f = fold(phrase);
      const hit = names.find(({ keys }) =>
        keys.some(
          ({ k, short }) =>
            (short ? phrase === k : false) || (!short && (fold(k) === f || ascii(fold(k)) === ascii(f))),
        ),
      );
      if (hit && (!best || n > best.n)) best = { role: hit.role, text: phrase, n };
    }
  }
  if (best) {
    out.roleId = best.role.id;
    out.roleLabel = best.role.label;
    out.matched.role = best.text;
  }
  return out;
}
