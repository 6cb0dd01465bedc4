import { list } from '../args';
import { parse, str, many, flag, out, json, withService, type Command } from '../util';
import { VERDICTS } from '../../cmo/model';
import { words } from '../lang';

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
    const { context, mechanism, outcome } = e.hypothesis;
    out(words('cliEvidenceHead', { pt: e.pt, title: e.title, context, mechanism, outcome }));
    for (const v of VERDICTS) {
      const qs = e.verdicts[v];
      if (!qs.length) continue;
      out(`\n${words('cliVerdictWord', { verdict: v })} (${qs.length})`);
      for (const q of qs) out(`  ”${q.text}” ${q.attribution}`);
    }
    return 0;
  });
};
