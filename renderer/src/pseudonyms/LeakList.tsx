/**
 * Where a listed name would still reach the reader: name, what was found, the field and its context; a way to the
 * quote.
 */
import { useTranslation } from '../i18n/useTranslation';
import type { Leak } from '../../../src/cmo/pseudonyms';
import { ns } from './i18n';
import './pseudonyms.css';

const FIELDS = ['citat', 'transskription', 'tilskrivning', 'memo', 'kilde', 'deltager', 'rolle', 'case', 'koder'];
const LIMIT = 200;

export function LeakList({ leaks, onGo }: { leaks: readonly Leak[]; onGo?: (quoteId: string) => void }) {
  const { t } = useTranslation(ns);
  const field = (f: string) =>
    FIELDS.includes(f)
      ? t(`field.${f}`)
      : f.startsWith('overskrift')
        ? `${t('heading')}${f.slice('overskrift'.length)}`
        : f;
  return (
    <div className="leak-list-wrap">
      <table className="leak-list">
        <thead>
          <tr>
            <th>{t('leakName')}</th>
            <th>{t('leakFound')}</th>
            <th>{t('leakWhere')}</th>
            <th>{t('leakContext')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {leaks.slice(0, LIMIT).map((l, i) => {
            const at = l.context.indexOf(l.found);
            return (
              <tr key={i} data-quote-id={l.quoteId ?? undefined}>
                <td>{l.name}</td>
                <td>
                  <mark className="leak-found">{l.found}</mark>{' '}
                  <span className="muted small">{t(`leakKind.${l.kind}`)}</span>
                </td>
                <td>{field(l.field)}</td>
                <td className="leak-context">
                  {at >= 0 ? (
                    <>
                      …{l.context.slice(0, at)}
                      <mark className="leak-found">{l.found}</mark>
                      {l.context.slice(at + l.found.length)}…
                    </>
                  ) : (
                    l.context
                  )}
                </td>
                <td>
                  {l.quoteId && onGo && (
                    <button type="button" className="link-button" onClick={() => onGo(l.quoteId!)}>
                      {t('go')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {leaks.length > LIMIT && <p className="muted small">{t('more', { count: leaks.length - LIMIT })}</p>}
    </div>
  );
}
