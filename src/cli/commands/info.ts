import { parse, flag, out, json, withService, type Command } from '../util';
import { words } from '../lang';

export const info: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(args, { json: flag }, 1);
  return withService(file!, async (svc) => {
    const info = await svc.call('project.info', {});
    if (values.json) {
      json({
        name: info.name,
        file: info.file,
        template: info.template,
        language: info.language,
        sources: info.sources,
        segments: info.segments,
        configurations: info.configurations,
        cases: info.cases,
        ptPoints: info.ptPoints,
        roles: info.roles,
        attributeDefs: info.attributeDefs,
        sourceAttributeDefs: svc.project().sourceAttributeDefs ?? [],
        participants: info.participants,
        sourceList: info.sourceList,
      });
    } else {
      const { name, sources, segments } = info;
      out(words('cliInfoHeader', { name, sources, segments, cases: info.cases.length, points: info.ptPoints.length }));
      for (const s of info.sourceList) {
        const kase = s.caseId ? (info.cases.find((c) => c.id === s.caseId)?.label ?? s.caseId) : undefined;
        out(words('cliInfoSource', { name: s.name, words: s.words, segments: s.segments, case: kase }));
      }
    }
    return 0;
  });
};
