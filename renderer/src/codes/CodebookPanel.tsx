/**
 * The codebook beside the programteori: hierarchical codes as a tree with counts, quick search
 * by name (fuse.js), create (with a path or under the chosen code), rename, move (drag onto
 * another code, or "move to"), merge, delete, mark as folder, describe; export/import .qdc and
 * export .csv; assign a code to the selected passage or coding.
 */
import { useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { downloadFile } from '../shared/download';
import { useProjectRevision } from '../shared/revision';
import { useApi } from '../shared/useApi';
import { ns } from './i18n';
import { useCodes, type CodeView } from './useCodes';
import { MappingDialog } from '../refi/MappingDialog';
import { ns as refiNs } from '../refi/i18n';
import { CodeActions } from './CodeActions';
import './codes.css';

export interface AssignTarget {
  kind: 'selection' | 'segment';
  has: readonly string[];
  assign: (id: string) => void;
}

export function CodebookPanel({ target, bare }: { target: AssignTarget | null; bare?: boolean }) {
  const { t } = useTranslation(ns);
  const tools = useApi();
  const codes = useCodes();
  const [q, setQ] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  // a chosen code's actions start afresh after every change to the project
  const revision = useProjectRevision(chosen !== null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const [mapping, setMapping] = useState(false);
  const { t: tr } = useTranslation(refiNs);

  const kids = useMemo(() => {
    const m = new Map<string | null, CodeView[]>();
    for (const c of codes.codes) {
      const parent = c.parent && codes.byId.has(c.parent) ? c.parent : null;
      m.set(parent, [...(m.get(parent) ?? []), c]);
    }
    return m;
  }, [codes]);
  const total = (id: string): number =>
    (codes.byId.get(id)?.segments ?? 0) + (kids.get(id) ?? []).reduce((n, c) => n + total(c.id), 0);
  const subtree = (id: string): Set<string> => {
    const out = new Set([id]);
    for (const c of kids.get(id) ?? []) for (const x of subtree(c.id)) out.add(x);
    return out;
  };
  const code = chosen ? (codes.byId.get(chosen) ?? null) : null;

  const move = async (id: string, parent: string | null) => {
    if (parent && subtree(id).has(parent)) return;
    if ((codes.byId.get(id)?.parent ?? null) === parent) return;
    await tools.mutate('codes.update', { id, parent });
  };
  const create = async () => {
    const path = newName.trim();
    if (!path) return;
    const made = await tools.mutate('codes.add', { path, ...(code ? { parent: code.id } : {}) });
    if (made) {
      setNewName('');
      setChosen(made.id);
      setNotice(null);
    }
  };
  const exportAs = async (format: 'qdc' | 'csv' | 'qdpx') => {
    const f =
      format === 'qdpx'
        ? await tools.attempt('refi.exportProject', {})
        : await tools.attempt('codes.export', { format });
    if (f) downloadFile(f);
  };
  const importFile = async (file: File) => {
    const text = await file.text();
    const r = /\.csv$/i.test(file.name)
      ? await tools.mutate('codes.importCsv', { fileName: file.name, text })
      : await tools.mutate('codes.importQdc', { fileName: file.name, xml: text });
    if (r) setNotice(t('imported', { added: r.added, total: r.total, file: file.name }));
  };

  const row = (c: CodeView, depth: number, flat: boolean): ReactNode => {
    const children = flat ? [] : (kids.get(c.id) ?? []);
    const open = !collapsed.has(c.id);
    const sum = total(c.id);
    const drop = (e: DragEvent) => {
      e.preventDefault();
      e.stopPropagation();
      const id = e.dataTransfer.getData('text/x-cmo-code');
      setDragging(null);
      if (id && id !== c.id) void move(id, c.id);
    };
    const canDrop = dragging !== null && !subtree(dragging).has(c.id);
    return (
      <li key={c.id} role="treeitem" aria-selected={c.id === chosen} aria-expanded={children.length ? open : undefined}>
        <div
          className={`code-row${c.id === chosen ? ' selected' : ''}${canDrop ? ' droppable' : ''}`}
          style={{ paddingLeft: 4 + depth * 14 }}
          draggable={!flat}
          onDragStart={(e) => {
            e.dataTransfer.setData('text/x-cmo-code', c.id);
            e.dataTransfer.effectAllowed = 'move';
            setDragging(c.id);
          }}
          onDragEnd={() => setDragging(null)}
          onDragOver={(e) => {
            if (canDrop) e.preventDefault();
          }}
          onDrop={drop}
        >
          {children.length > 0 ? (
            <button
              type="button"
              className="pt-caret"
              aria-label={t(open ? 'collapse' : 'expand')}
              onClick={() =>
                setCollapsed((s) => {
                  const n = new Set(s);
                  if (n.has(c.id)) n.delete(c.id);
                  else n.add(c.id);
                  return n;
                })
              }
            >
              {open ? '▾' : '▸'}
            </button>
          ) : (
            <span className="pt-caret-space" />
          )}
          <button
            type="button"
            className="code-name"
            title={`${c.path}${c.description ? `\n\n${c.description}` : ''}`}
            onClick={() => setChosen(c.id === chosen ? null : c.id)}
          >
            {c.color && <span className="code-dot" style={{ background: c.color }} />}
            {!c.codable && (
              <span className="code-folder" title={t('folder')} aria-label={t('folder')}>
                ▤
              </span>
            )}
            <span className="code-label">{flat ? c.path : c.name}</span>
          </button>
          <span className={`pt-count${sum ? '' : ' zero'}`} title={t('segments', { count: c.segments })}>
            {c.segments}
            {sum !== c.segments && <span className="pt-sum">/{sum}</span>}
          </span>
          {target && c.codable && (
            <button
              type="button"
              className="code-assign"
              disabled={target.has.includes(c.id)}
              title={t('assignTitle', {
                path: c.path,
                target: t(target.kind === 'selection' ? 'toSelection' : 'toSegment'),
              })}
              aria-label={t('assignTitle', {
                path: c.path,
                target: t(target.kind === 'selection' ? 'toSelection' : 'toSegment'),
              })}
              onClick={() => target.assign(c.id)}
            >
              +
            </button>
          )}
        </div>
        {c.id === chosen && (
          <CodeActions
            key={`${c.id}-${revision}`}
            code={c}
            codes={codes.codes}
            subtree={subtree(c.id)}
            onNotice={setNotice}
            onGone={() => setChosen(null)}
          />
        )}
        {children.length > 0 && open && <ul role="group">{children.map((k) => row(k, depth + 1, false))}</ul>}
      </li>
    );
  };

  const hits = q.trim() ? codes.search(q) : null;
  return (
    <section className="codebook" aria-label={t('title')}>
      {!bare && <h2 className="panel-title">{t('title')}</h2>}
      <input
        type="search"
        className="code-search"
        value={q}
        placeholder={t('searchPlaceholder')}
        aria-label={t('search')}
        onChange={(e) => setQ(e.target.value)}
      />
      {notice && (
        <p className="code-notice" role="status">
          {notice}{' '}
          <button type="button" className="icon-button" aria-label={t('close')} onClick={() => setNotice(null)}>
            ×
          </button>
        </p>
      )}
      {codes.codes.length === 0 && <p className="muted small">{t('noCodes')}</p>}
      {hits && hits.length === 0 && <p className="muted small">{t('noHits', { q: q.trim() })}</p>}
      {dragging && (
        <div
          className="drop-top"
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            const id = e.dataTransfer.getData('text/x-cmo-code');
            setDragging(null);
            if (id) void move(id, null);
          }}
        >
          {t('dropTop')}
        </div>
      )}
      <ul className="code-tree" role="tree" aria-label={t('title')}>
        {hits ? hits.map((c) => row(c, 0, true)) : (kids.get(null) ?? []).map((c) => row(c, 0, false))}
      </ul>
      <form
        className="code-new"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label className="field-label" htmlFor="code-new">
          {code ? t('newUnder', { path: code.path }) : t('newCode')}
        </label>
        <div className="code-new-row">
          <input
            id="code-new"
            value={newName}
            placeholder={t('newCodePlaceholder')}
            onChange={(e) => setNewName(e.target.value)}
          />
          <button type="submit" disabled={!newName.trim()}>
            {t('add')}
          </button>
        </div>
      </form>
      <div className="code-io">
        <span className="muted small">{t('export')}:</span>
        <button type="button" onClick={() => void exportAs('qdc')}>
          {t('exportQdc')}
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <button type="button" onClick={() => void exportAs('qdpx')}>
          {tr('exportQdpx')}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('importQdc')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".qdc,.xml,.csv"
          hidden
          aria-label={t('importQdc')}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importFile(f);
          }}
        />
      </div>
      <p className="muted small">{t('dragHint')}</p>
      <button type="button" className="link-button refi-open" onClick={() => setMapping(true)}>
        {tr('open')}
      </button>
      {mapping && <MappingDialog onClose={() => setMapping(false)} />}
    </section>
  );
}
