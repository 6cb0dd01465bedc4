import { parse, flag, out, json, withService, type Command } from '../util';

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
      const counts = `${info.sources} kilder, ${info.segments} kodninger, ${info.cases.length} cases`;
      out(`${info.name} — ${counts}, ${info.ptPoints.length} programteoripunkter`);
      for (const s of info.sourceList) {
        const kase = s.caseId ? `, ${info.cases.find((c) => c.id === s.caseId)?.label}` : '';
        out(`  ${s.name}  (${s.words} ord, ${s.segments} kodninger${kase})`);
      }
    }
    return 0;
  });
};
