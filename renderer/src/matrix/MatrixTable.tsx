/** The matrix as a table: PT × kind column groups, the cells (heat colour or framework summary), "I alt". */
import { useTranslation } from '../i18n/useTranslation';
import type { MatrixGrid } from '../../../src/cmo/matrixGrid';
import { heatStyle } from './heat';
import { ns } from './i18n';
import type { MatrixLabels } from './labels';

export interface ColGroup {
  pt: string;
  span: number;
  label: string;
}

export function MatrixTable({
  m,
  framework,
  groups,
  corner,
  labels,
  chosen,
  onPick,
}: {
  m: MatrixGrid;
  framework: boolean;
  groups: readonly ColGroup[] | null;
  /** the rows' dimension, in the corner cell */
  corner: string;
  labels: MatrixLabels;
  chosen: { r: string; c: string } | null;
  onPick: (rowId: string, colId: string) => void;
}) {
  const { t } = useTranslation(ns);
  const { tc, colText, colTitle, rowText, ptTitle, cellTitle } = labels;
  const grid = m.summaries;
  const groupStart = new Set<number>();
  for (let at = 0, i = 0; groups && i < groups.length; at += groups[i]!.span, i++) groupStart.add(at);
  const max = Math.max(0, ...m.cells.flat());
  return (
    <div className={`matrix-scroll${framework ? ' framework' : ''}`}>
      <table className={`matrix${framework ? ' framework' : ''}`} aria-label={t('table')}>
        <thead>
          {groups ? (
            <>
              <tr>
                <th scope="col" className="corner" rowSpan={2}>
                  {corner}
                </th>
                {groups.map((g) => (
                  <th key={g.pt} scope="colgroup" colSpan={g.span} className="group" title={ptTitle.get(g.pt) ?? g.pt}>
                    <span className={`col-label${g.label.length > 4 ? ' long' : ''}`}>{g.label}</span>
                  </th>
                ))}
                {m.totals && (
                  <th scope="col" className="total-col" rowSpan={2} title={t('totalTitle')}>
                    {t('total')}
                  </th>
                )}
              </tr>
              <tr className="sub">
                {m.cols.map((c, j) => (
                  <th
                    key={c.id}
                    scope="col"
                    className={`kind-col${groupStart.has(j) ? ' group-start' : ''}`}
                    title={colText(c)}
                  >
                    {tc(`kindShort.${c.id.split('|')[1] ?? ''}`)}
                  </th>
                ))}
              </tr>
            </>
          ) : (
            <tr>
              <th scope="col" className="corner">
                {corner}
              </th>
              {m.cols.map((c) => (
                <th key={c.id} scope="col" title={colTitle(c)}>
                  <span className={`col-label${colText(c).length > 4 ? ' long' : ''}`}>{colText(c)}</span>
                </th>
              ))}
              {m.totals && (
                <th scope="col" className="total-col" title={t('totalTitle')}>
                  {t('total')}
                </th>
              )}
            </tr>
          )}
        </thead>
        <tbody>
          {m.rows.map((r, i) => (
            <tr key={r.id}>
              <th scope="row">{rowText(r)}</th>
              {m.cols.map((c, j) => {
                const v = m.cells[i]?.[j] ?? 0;
                const on = chosen?.r === r.id && chosen.c === c.id;
                const edge = groupStart.has(j) ? ' group-start' : '';
                const text = grid?.[i]?.[j] ?? '';
                if (framework) {
                  return (
                    <td
                      key={c.id}
                      className={`fw${on ? ' chosen' : ''}${edge}${text ? ' has-summary' : ''}`}
                      data-row={r.label}
                      data-col={c.label}
                    >
                      <button
                        type="button"
                        aria-pressed={on}
                        title={cellTitle(r, c, v)}
                        onClick={() => onPick(r.id, c.id)}
                      >
                        {v > 0 ? (
                          <span className="fw-count" style={heatStyle(v, max)}>
                            {v}
                          </span>
                        ) : (
                          <span className="fw-zero" aria-hidden="true">
                            ·
                          </span>
                        )}
                        {text && <span className="fw-text">{text}</span>}
                      </button>
                    </td>
                  );
                }
                return v === 0 ? (
                  <td key={c.id} className={`cell-zero${edge}`} data-row={r.label} data-col={c.label}>
                    0
                  </td>
                ) : (
                  <td
                    key={c.id}
                    className={`cell-hit${on ? ' chosen' : ''}${edge}`}
                    style={heatStyle(v, max)}
                    data-row={r.label}
                    data-col={c.label}
                  >
                    <button
                      type="button"
                      aria-pressed={on}
                      title={cellTitle(r, c, v)}
                      onClick={() => onPick(r.id, c.id)}
                    >
                      {v}
                    </button>
                  </td>
                );
              })}
              {m.totals && (
                <td className="total-col" data-row={r.label}>
                  {m.totals.rows[i]}
                </td>
              )}
            </tr>
          ))}
        </tbody>
        {m.totals && (
          <tfoot>
            <tr className="total-row">
              <th scope="row" title={t('totalTitle')}>
                {t('total')}
              </th>
              {m.cols.map((c, j) => (
                <td key={c.id} className={groupStart.has(j) ? 'group-start' : undefined} data-col={c.label}>
                  {m.totals!.cols[j]}
                </td>
              ))}
              <td className="total-col">{m.totals.all}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
