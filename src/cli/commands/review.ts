import { parse, flag, out, json, withService, type Command } from '../util';

/** `cmo review <project> [--json]`: the codings a transcript correction flagged, in every source. */
export const review: Command = async (args) => {
  const { positionals: [file], values } = parse(args, { json: flag }, 1);
  return withService(file!, async (svc) => {
    const items = await svc.call('review.flagged', {});
    if (values.json) {
      json(items.map((f) => ({ source: f.sourceName, segment: f.segment.id, kind: f.segment.kind, pt: f.segment.pt, start: f.segment.start, end: f.segment.end, before: f.segment.previousText, now: f.now })));
    } else if (!items.length) out('Ingen kodninger venter på gennemsyn.');
    else for (const f of items) out(`${f.sourceName}  [${f.segment.start}–${f.segment.end}]  ${f.segment.kind ?? 'T'} ${f.segment.pt.join(', ')}\n  før: ”${f.segment.previousText ?? '?'}”\n  nu:  ”${f.now}”`);
    return 0;
  });
};
