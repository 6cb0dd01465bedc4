import { z } from 'zod';
import { matrixToCsv } from '../../cmo/matrix';
import { KindList, VerdictArg, list } from '../args';
import { parse, str, many, out, json, withService, type Command } from '../util';

export const matrix: Command = async (args) => {
  const { positionals: [file], values } = parse(args, { rows: str, cols: str, kind: many, measure: str, format: str, pt: many, case: many, role: many, verdict: many }, 1);
  const format = z.enum(['json', 'csv']).parse(values.format ?? 'json');
  const kinds = values.kind ? KindList.parse(values.kind) : undefined;
  const verdicts = values.verdict ? z.array(VerdictArg).parse(list(values.verdict)) : undefined;
  return withService(file!, async (svc) => {
    const m = await svc.call('matrix.compute', {
      rows: values.rows, cols: values.cols, measure: values.measure, kinds, verdicts,
      pts: list(values.pt), cases: list(values.case), roles: list(values.role),
    });
    if (format === 'csv') out(matrixToCsv(m));
    else json({ rows: m.rows, cols: m.cols, cells: m.cells, measure: m.measure });
    return 0;
  });
};
