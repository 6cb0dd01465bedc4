/**
 * The project file's bytes, built from cached pieces. Project states are immutable, so the JSON of
 * an entity (a source with its text, a segment, an undo patch) is made once per object and reused
 * by every later save: a save after one coding action serialises one segment, not 20 MB.
 * Layout: pretty at the top level, one entity per line — readable, and diff-friendly in git.
 */
import type { Project } from '../cmo/model';

const cache = new WeakMap<object, Buffer>();
const piece = (o: object): Buffer => {
  let b = cache.get(o);
  if (!b) cache.set(o, (b = Buffer.from(JSON.stringify(o), 'utf8')));
  return b;
};

const B = (s: string) => Buffer.from(s, 'utf8');

/**
 * An object's JSON (as JSON.stringify writes it) made of its values' pieces: `deep` names the one array field whose
 * items are taken apart the same way one level further (an undo patch's changes, whose entities — the segments a
 * merge added — are the very objects the project's lists hold, so their JSON is made once for both).
 */
function composed(o: Record<string, unknown>, deep?: string): Buffer {
  if (typeof o.toJSON === 'function') return piece(o);
  let b = cache.get(o);
  if (b) return b;
  const parts: Buffer[] = [];
  let text = '{'; // what is written since the last piece, one buffer when the next piece comes
  const add = (x: Buffer) => {
    parts.push(B(text), x);
    text = '';
  };
  let first = true;
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
    text += `${first ? '' : ','}${JSON.stringify(k)}:`;
    first = false;
    if (k === deep && Array.isArray(v)) {
      text += '[';
      v.forEach((x, i) => {
        if (i) text += ',';
        if (x !== null && typeof x === 'object' && !Array.isArray(x)) add(composed(x));
        else text += JSON.stringify(x) ?? 'null';
      });
      text += ']';
    } else if (v !== null && typeof v === 'object') add(piece(v));
    else text += JSON.stringify(v);
  }
  parts.push(B(`${text}}`));
  cache.set(o, (b = Buffer.concat(parts)));
  return b;
}

const INDENT = B('  '),
  COMMA_NL = B(',\n'),
  NL = B('\n');

function list(items: readonly unknown[], out: Buffer[], whole = piece): void {
  if (!items.length) {
    out.push(B('[]'));
    return;
  }
  out.push(B('[\n'));
  items.forEach((it, i) => {
    out.push(
      INDENT,
      it !== null && typeof it === 'object' ? whole(it) : B(JSON.stringify(it)),
      i < items.length - 1 ? COMMA_NL : NL,
    );
  });
  out.push(B(' ]'));
}

const patchPiece = (o: object): Buffer =>
  Array.isArray(o) || o instanceof Date ? piece(o) : composed(o as Record<string, unknown>, 'changes');

export function serializeToBuffers(p: Project): Buffer[] {
  const out: Buffer[] = [B('{\n')];
  const keys = (Object.keys(p) as (keyof Project)[]).filter((k) => p[k] !== undefined);
  keys.forEach((key, i) => {
    const v = p[key] as unknown;
    out.push(B(` ${JSON.stringify(key)}: `));
    if (Array.isArray(v)) list(v, out);
    else if (key === 'history' && v && typeof v === 'object') {
      const h = v as Project['history'];
      out.push(B('{\n "undo": '));
      list(h.undo, out, patchPiece);
      out.push(B(',\n "redo": '));
      list(h.redo, out, patchPiece);
      out.push(B('\n }'));
    } else out.push(B(JSON.stringify(v) ?? 'null'));
    out.push(i < keys.length - 1 ? COMMA_NL : NL);
  });
  out.push(B('}\n'));
  return out;
}

export function serializeProject(p: Project): string {
  return Buffer.concat(serializeToBuffers(p)).toString('utf8');
}
