import { z } from 'zod';
import { KindList, UsageError, VerdictArg, list, option } from '../args';
import { parse, str, many, out, withService, writeOut, type Command } from '../util';
import { say } from '../../cmo/logMessages';
import { ROW_DIM, COL_DIM } from '../../cmo/matrix';
import { askedLang, words } from '../lang';
import { parseAttrs } from './quotes';

export const matrix: Command = async (args) => {
  const {
    positionals: [file],
    values,
  } = parse(
    args,
    {
      rows: str,
      cols: str,
      kind: many,
      measure: str,
      format: str,
      pt: many,
      case: many,
      role: many,
      verdict: many,
      coder: many,
      code: many,
      attr: many,
      'source-attr': many,
      out: str,
    },
    1,
  );
  // the dimensions checked here, so a refusal is in the CLI's language (the service checks them again)
  z.object({
    rows: z
      .string()
      .regex(ROW_DIM, { error: () => words('matrixBadRows') })
      .optional(),
    cols: z
      .string()
      .regex(COL_DIM, { error: () => words('matrixBadCols') })
      .optional(),
  }).parse({ rows: values.rows, cols: values.cols });
  const format = option('format', z.enum(['json', 'csv', 'xlsx', 'docx']), values.format ?? 'json');
  if ((format === 'xlsx' || format === 'docx') && !values.out)
    throw new UsageError(say('cliFormatNeedsOut', { format }));
  const query = {
    rows: values.rows,
    cols: values.cols as 'pt' | undefined,
    measure: values.measure as 'segments' | undefined,
    kinds: values.kind ? KindList.parse(values.kind) : undefined,
    verdicts: values.verdict ? z.array(VerdictArg).parse(list(values.verdict)) : undefined,
    pts: list(values.pt),
    cases: list(values.case),
    roles: list(values.role),
    coders: list(values.coder),
    codes: values.code,
  };
  // the attribute filters beside the engine's query (as matrix.export takes them)
  const attrs = { attrs: parseAttrs(values.attr), sourceAttrs: parseAttrs(values['source-attr']) };
  // the headings (kinds, verdicts, "I alt") in --lang's language, else the project's
  const lang = askedLang();
  const { rows: _rows, cols: _cols, measure: _measure, ...filterValues } = { ...query, ...attrs };
  const filtered = Object.values(filterValues).some((v) => v !== undefined) ? 1 : 0;
  return withService(file!, async (svc) => {
    const m = await svc.call('matrix.compute', { ...query, ...attrs, ...(lang ? { lang } : {}) });
    // nothing counted: one line on stderr, the matrix (all zeros, or no rows) still on stdout or in the file
    if (!m.totals?.all) process.stderr.write(`${words('cliMatrixEmpty', { filtered })}\n`);
    if (format === 'json') {
      const body = JSON.stringify(
        { rows: m.rows, cols: m.cols, cells: m.cells, measure: m.measure, totals: m.totals },
        null,
        2,
      );
      if (values.out) await writeOut(values.out, body);
      else out(body);
      return 0;
    }
    const f = await svc.call('matrix.export', { query, ...attrs, format, ...(lang ? { lang } : {}) });
    const data = Buffer.from(f.dataBase64, 'base64');
    if (values.out) await writeOut(values.out, data);
    else out(data.toString('utf8').replace(/^\uFEFF/, ''));
    return 0;
  });
};
