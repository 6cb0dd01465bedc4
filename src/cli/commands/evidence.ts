import { list } from '../args';
import { parse, str, many, flag, out, json, withService, type Command } from '../util';

const VERDICT_DA = { supports: 'bekræfter', refutes: 'afkræfter', refines: 'nuancerer', unclear: 'uafklaret' } as const;

/**
 * `cmo evidence <project> --pt <id> [--coder …] [--json]`: does the programteori hold at this point (in these coders'
 * coding)?
 */
export const evidence: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(args, { pt: str, coder: many, json: flag }, 1);
  return withService(file!, async (svc) => {
    const e = await svc.call('evidence.get', { pt: values.pt ?? '', coders: list(values.coder) });
    if (values.json) {
      json(e);
      return 0;
    }
    out(
      `${e.pt} ${e.title}\n  K: ${e.hypothesis.context}\n  M: ${e.hypothesis.mechanism}\n  O: ${e.hypothesis.outcome}`,
    );
    for (const [v, label] of Object.entries(VERDICT_DA)) {
      const qs = e.verdicts[v as keyof typeof VERDICT_DA];
      if (!qs.length) continue;
      out(`\n${label} (${qs.length})`);
      for (const q of qs) out(`  ”${q.text}” ${q.attribution}`);
    }
    return 0;
  });
};
