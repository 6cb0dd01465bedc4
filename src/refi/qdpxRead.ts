/**
 * Reads a REFI-QDA project (.qdpx) into a plain intermediate form (RefiProject): users, codes,
 * sets, variables, cases, text sources with their raw text and selections, notes, links, and a
 * count of every kind of thing we cannot carry over. No project is made here (see qdpxMap.ts).
 * The XML is parsed with fast-xml-parser after refusing any DTD (no XXE, no entity expansion).
 */
import { XMLParser } from 'fast-xml-parser';
import { LIMITS, ZipProblem, ZipReader } from './zipRead';
import { addLost, LOST, QdpxProblem, type RefiProject, type RSelection, type RText, type RValue } from './qdpxModel';

// what is read, for the modules that map it (its definitions are in qdpxModel.ts)
export * from './qdpxModel';
import { say } from '../cmo/logMessages';
import { decodeText, decodeXml, type Decoded } from './qdpxDecode';
import { dedupeGuids } from './qdpxDedupe';

type Node = Record<string, unknown>;

const arr = (v: unknown): Node[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]) as Node[];
const attr = (n: Node, a: string): string => {
  const v = n[`@_${a}`];
  return v === undefined || v === null ? '' : String(v);
};
/** an element's text content (`<Description>…</Description>` or `<Description/>`) */
function text(n: Node, el: string): string {
  const v = arr(n[el])[0] as unknown;
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object') {
    const t = (v as Node)['#text'];
    return typeof t === 'string' ? t : '';
  }
  return '';
}
const refs = (n: Node, el: string, a = 'targetGUID') =>
  arr(n[el])
    .map((r) => guidKey(attr(r, a)))
    .filter(Boolean);
/** GUIDs compared without braces and case */
export const guidKey = (g: string) => g.replace(/[{}]/g, '').trim().toLowerCase();

const KNOWN = new Set([
  'Project',
  'Users',
  'User',
  'CodeBook',
  'Codes',
  'Code',
  'Description',
  'NoteRef',
  'Variables',
  'Variable',
  'Cases',
  'Case',
  'CodeRef',
  'VariableValue',
  'VariableRef',
  'TextValue',
  'BooleanValue',
  'IntegerValue',
  'FloatValue',
  'DateValue',
  'DateTimeValue',
  'SourceRef',
  'SelectionRef',
  'Sources',
  'TextSource',
  'PlainTextContent',
  'PlainTextSelection',
  'Coding',
  'Notes',
  'Note',
  'Links',
  'Link',
  'Sets',
  'Set',
  'MemberCode',
  'MemberSource',
  'MemberNote',
  'PDFSource',
  'PictureSource',
  'AudioSource',
  'VideoSource',
  'PDFSelection',
  'PictureSelection',
  'AudioSelection',
  'VideoSelection',
  'TranscriptSelection',
  'Transcript',
  'SyncPoint',
  'Representation',
  'Graphs',
  'Graph',
  'Vertex',
  'Edge',
]);

/** Refuses a DTD anywhere before the parser sees the document: no external entities, no entity expansion.
 * (The parser reads a DOCTYPE even where XML forbids one, deep inside the root, so the whole text is searched.) */
function refuseDtd(xml: string, file: string): void {
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw new QdpxProblem(say('qdpxDtd', { file }));
}

export function parseQde(xml: string, file: string): Node {
  refuseDtd(xml, file);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: true,
    htmlEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (_name, _jpath, _leaf, isAttribute) => !isAttribute,
  });
  let doc: Node;
  try {
    doc = parser.parse(xml, true) as Node;
  } catch (e) {
    const detail =
      String((e as Error).message)
        .split('\n')[0]
        ?.slice(0, 160) ?? '';
    throw new QdpxProblem(say('qdpxNotXml', { file, detail }));
  }
  const root = arr(doc.Project)[0];
  if (!root) throw new QdpxProblem(say('qdpxNoProject', { file }));
  return root;
}

/** Every element name we do not know, counted (after the walk has checked the known ones). */
function countUnknown(n: Node, into: Map<string, number>): void {
  for (const [k, v] of Object.entries(n)) {
    if (k.startsWith('@_') || k === '#text') continue;
    if (!KNOWN.has(k)) {
      into.set(k, (into.get(k) ?? 0) + arr(v).length);
      continue;
    }
    for (const c of arr(v)) if (c && typeof c === 'object') countUnknown(c, into);
  }
}

/** Opens the archive (bounded), finds the .qde, parses it and reads every part we use. */
export function readQdpx(buf: Buffer, fileName: string): RefiProject {
  let zip: ZipReader;
  try {
    zip = new ZipReader(buf);
  } catch (e) {
    throw e instanceof ZipProblem ? new QdpxProblem(e.said) : e;
  }
  const qdes = zip.entries.filter((e) => /\.qde$/i.test(e.name) && !e.name.includes('/'));
  const qde =
    qdes.find((e) => e.name.toLowerCase() === 'project.qde') ??
    qdes[0] ??
    zip.entries.find((e) => /\.qde$/i.test(e.name));
  if (!qde) throw new QdpxProblem(say('qdpxNoQde'));
  const readEntry = (e: Parameters<ZipReader['read']>[0], limit?: number) => {
    try {
      return zip.read(e, limit);
    } catch (err) {
      throw err instanceof ZipProblem ? new QdpxProblem(err.said) : err;
    }
  };
  const xml = decodeXml(readEntry(qde, LIMITS.qdeBytes)).text;
  const root = parseQde(xml, qde.name);
  const p: RefiProject = {
    name: attr(root, 'name'),
    origin: attr(root, 'origin'),
    users: [],
    codes: [],
    variables: [],
    cases: [],
    sources: [],
    notes: [],
    sets: [],
    links: [],
    projectNoteRefs: refs(root, 'NoteRef'),
    description: text(root, 'Description'),
    lost: new Map(),
  };
  const basePath = attr(root, 'basePath');
  for (const u of arr(arr(root.Users)[0]?.User))
    p.users.push({ guid: guidKey(attr(u, 'guid')), name: attr(u, 'name') || attr(u, 'id') || attr(u, 'guid') });
  const walk = (nodes: Node[], parent: string | null) => {
    for (const c of nodes) {
      const guid = guidKey(attr(c, 'guid'));
      const color = attr(c, 'color');
      p.codes.push({
        guid,
        name: attr(c, 'name'),
        codable: attr(c, 'isCodable') !== 'false',
        description: text(c, 'Description'),
        color: /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color) ? color : null,
        parentGuid: parent,
        noteRefs: refs(c, 'NoteRef'),
      });
      walk(arr(c.Code), guid);
    }
  };
  walk(arr(arr(arr(root.CodeBook)[0]?.Codes)[0]?.Code), null);
  for (const v of arr(arr(root.Variables)[0]?.Variable))
    p.variables.push({
      guid: guidKey(attr(v, 'guid')),
      name: attr(v, 'name'),
      type: attr(v, 'typeOfVariable') || 'Text',
      description: text(v, 'Description'),
    });
  for (const c of arr(arr(root.Cases)[0]?.Case))
    p.cases.push({
      guid: guidKey(attr(c, 'guid')),
      name: attr(c, 'name'),
      description: text(c, 'Description'),
      values: values(c),
      sourceGuids: refs(c, 'SourceRef'),
      codeRefs: arr(c.CodeRef).length,
      selectionRefs: arr(c.SelectionRef).length,
    });
  const fileText = (path: string): Decoded | null => {
    const entry = resolvePath(zip, path, basePath);
    if (!entry) return null;
    const d = decodeText(readEntry(entry));
    if (d.encoding !== 'utf-8') addLost(p, 'lostNotUtf8', 1, d.encoding);
    return d;
  };
  const sources = arr(root.Sources)[0] ?? {};
  for (const s of arr(sources.TextSource)) p.sources.push(readText(s, fileText, p));
  for (const kind of ['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource'] as const) {
    for (const s of arr(sources[kind])) {
      lostKind(p, kind, 1);
      const sel = SELECTION_OF[kind];
      lostKind(p, sel, arr(s[sel]).length);
      for (const t of arr(s.Transcript)) {
        lostKind(p, 'Transcript', 1);
        lostKind(p, 'TranscriptSelection', arr(t.TranscriptSelection).length);
      }
    }
  }
  for (const n of arr(arr(root.Notes)[0]?.Note)) p.notes.push(readText(n, fileText, p));
  for (const l of arr(arr(root.Links)[0]?.Link))
    p.links.push({
      guid: guidKey(attr(l, 'guid')),
      origin: guidKey(attr(l, 'originGUID')),
      target: guidKey(attr(l, 'targetGUID')),
    });
  for (const s of arr(arr(root.Sets)[0]?.Set))
    p.sets.push({
      guid: guidKey(attr(s, 'guid')),
      name: attr(s, 'name'),
      description: text(s, 'Description'),
      codeGuids: [...refs(s, 'MemberCode'), ...refs(s, 'MemberCode', 'guid')],
      sourceGuids: refs(s, 'MemberSource'),
      noteMembers: arr(s.MemberNote).length,
    });
  dedupeGuids(p);
  lostKind(p, 'Graph', arr(arr(root.Graphs)[0]?.Graph).length);
  const unknown = new Map<string, number>();
  countUnknown(root, unknown);
  for (const [k, n] of unknown) addLost(p, 'lostUnknownElement', n, k);
  return p;
}

const SELECTION_OF = {
  PDFSource: 'PDFSelection',
  PictureSource: 'PictureSelection',
  AudioSource: 'AudioSelection',
  VideoSource: 'VideoSelection',
} as const;
const lostKind = (p: RefiProject, kind: keyof typeof LOST, n: number) => addLost(p, LOST[kind], n);

function values(n: Node): RValue[] {
  return arr(n.VariableValue).map((v) => {
    const val =
      ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue']
        .map((k) => text(v, k))
        .find((x) => x !== '') ?? '';
    return { varGuid: guidKey(attr(arr(v.VariableRef)[0] ?? {}, 'targetGUID')), value: val };
  });
}

function readText(s: Node, fileText: (path: string) => Decoded | null, p: RefiProject): RText {
  const path = attr(s, 'plainTextPath');
  const inline = arr(s.PlainTextContent).length ? text(s, 'PlainTextContent').replace(/\r\n?/g, '\n') : null;
  const file = inline === null && path ? fileText(path) : null;
  const raw = inline ?? file?.text ?? null;
  const selections: RSelection[] = arr(s.PlainTextSelection).map((x) => ({
    guid: guidKey(attr(x, 'guid')),
    start: Number(attr(x, 'startPosition')),
    end: Number(attr(x, 'endPosition')),
    user: guidKey(attr(x, 'creatingUser')),
    date: attr(x, 'creationDateTime'),
    description: text(x, 'Description'),
    noteRefs: refs(x, 'NoteRef'),
    codings: arr(x.Coding)
      .map((c) => ({
        guid: guidKey(attr(c, 'guid')),
        codeGuid: guidKey(attr(arr(c.CodeRef)[0] ?? {}, 'targetGUID')),
        user: guidKey(attr(c, 'creatingUser')),
        date: attr(c, 'creationDateTime'),
        noteRefs: refs(c, 'NoteRef'),
      }))
      .filter((c) => c.codeGuid),
  }));
  return {
    guid: guidKey(attr(s, 'guid')),
    name: attr(s, 'name'),
    raw,
    encoding: file?.encoding ?? 'utf-8',
    path,
    description: text(s, 'Description'),
    user: guidKey(attr(s, 'creatingUser')),
    date: attr(s, 'creationDateTime'),
    selections,
    values: values(s),
    noteRefs: refs(s, 'NoteRef'),
    sourceCodings: arr(s.Coding).length,
  };
}

/** `internal://x.txt`, `relative://…`, a bare name: the archive entry it names (sources/ or Sources/ or the root). */
function resolvePath(zip: ZipReader, path: string, basePath: string) {
  const p = path.replace(/\\/g, '/');
  const m = /^([a-z]+):\/\/(.*)$/i.exec(p);
  const scheme = m ? m[1]!.toLowerCase() : '';
  if (scheme === 'absolute') return undefined; // outside the archive: never read from the disk
  let rest = m ? m[2]! : p;
  if (scheme === 'relative' && basePath) rest = rest.replace(/^\/+/, '');
  if (/(^|\/)\.\.(\/|$)/.test(rest) || rest.startsWith('/') || /^[a-z]:/i.test(rest))
    throw new QdpxProblem(say('qdpxPathTraversal', { path: path.slice(0, 120) }));
  const name = rest.split('/').pop()!;
  return zip.find(rest) ?? zip.find(`sources/${rest}`) ?? zip.find(`sources/${name}`) ?? zip.find(name);
}
