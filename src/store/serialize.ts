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
const INDENT = B('  '),
  COMMA_NL = B(',\n'),
  NL = B('\n');

function list(items: readonly unknown[], out: Buffer[]): void {
  if (!items.length) {
    out.push(B('[]'));
    return;
  }
  out.push(B('[\n'));
  items.forEach((it, i) => {
    out.push(
      INDENT,
      it !== null && typeof it === 'object' ? piece(it) : B(JSON.stringify(it)),
      i < items.length - 1 ? COMMA_NL : NL,
    );
  });
  out.push(B(' ]'));
}

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
      list(h.undo, out);
      out.push(B(',\n "redo": '));
      list(h.redo, out);
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
