/**
 * Command palette (Ctrl/Cmd+K): jump to a source, case, participant, PT point or CMO configuration,
 * or run a command (switch tab, search, undo, redo, language) by typing a few letters. The
 * project's items are fetched once per project revision (`palette.items`); each keystroke ranks
 * them locally with `paletteSearch` (fuse.js over a few hundred items). Keyboard: ↑/↓, Enter, Esc.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import type { HistoryState, ProjectInfo } from '../../../src/api/contract';
import { paletteSearch } from './paletteSearch';
import type { PaletteItem } from '../../../src/api/contract';
import { currentLanguage, setLanguage } from '../i18n';
import { TABS, type Tab } from '../layout/Tabs';
import { requestSearch } from '../search/bus';
import { useProjectRevision } from '../shared/revision';
import { useApi } from '../shared/useApi';
import { useQuery } from '../shared/useQuery';
import { ns } from './i18n';
import { historyLabels } from '../i18n/logWords';
import { useKey } from '../shortcuts/keymap';
import './palette.css';

export interface PaletteProps {
  onTab: (tab: Tab) => void;
  onOpenSource: (sourceId: string) => void;
  onShowPt: (ptId: string) => void;
  undo: () => void;
  redo: () => void;
}

const LIMIT = 30;
const SEARCH_FOR = 'search-for';

/** after a jump, bring what was jumped to into view once React has drawn it */
const later = (f: () => void) => requestAnimationFrame(() => requestAnimationFrame(f));

/**
 * The shell: Ctrl/Cmd+K and whether the palette is open. Closed, it renders nothing and asks
 * for nothing — a change to the project (every coding action) costs it no work, not even a render
 * (its props are the window's stable callbacks; the project and its history are asked while open).
 */
export function CommandPalette(props: PaletteProps) {
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const live = useRef(open);
  live.current = open;
  const close = useCallback((restore = true) => {
    setOpen(false);
    if (restore) returnFocus.current?.focus();
  }, []);

  // Ctrl/Cmd+K opens (and closes) the palette from anywhere
  useKey('palette', (e) => {
    e.preventDefault();
    if (live.current) close();
    else {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOpen(true);
    }
  });

  return open ? <PaletteDialog {...props} close={close} returnFocus={returnFocus} /> : null;
}

function PaletteDialog(
  props: PaletteProps & { close: (restore?: boolean) => void; returnFocus: { current: HTMLElement | null } },
) {
  // asked here, while open: closed, the palette follows no query and a coding action passes it by
  const { data: info } = useQuery('project.info', {});
  const { data: history } = useQuery('history.state', {});
  return info ? <PaletteList {...props} info={info} history={history} /> : null;
}

function PaletteList(
  props: PaletteProps & {
    info: ProjectInfo;
    history: HistoryState | undefined;
    close: (restore?: boolean) => void;
    returnFocus: { current: HTMLElement | null };
  },
) {
  const { info, history, close, returnFocus } = props;
  const revision = useProjectRevision();
  const { t } = useTranslation(ns);
  const { attempt } = useApi();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [loaded, setLoaded] = useState<{ revision: number; items: PaletteItem[] } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  // the project's items, once per revision while open
  useEffect(() => {
    if (loaded?.revision === revision) return;
    let live = true;
    void attempt('palette.items', {}).then((items) => {
      if (live && items) setLoaded({ revision, items });
    });
    return () => {
      live = false;
    };
  }, [revision, loaded?.revision, attempt]);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const lang = currentLanguage();
  const commands = useMemo((): PaletteItem[] => {
    // tabs this palette knows by name in both languages; a newer tab shows its own (Danish) label
    const tabName = (k: Tab) => t(`cmd.tabs.${k}`, { defaultValue: TABS[k] });
    const tabs = (Object.keys(TABS) as Tab[]).map((k): PaletteItem => ({
      kind: 'command',
      id: `tab:${k}`,
      label: t('cmd.tab', { tab: tabName(k) }),
      detail: '',
      keywords: [tabName(k), TABS[k], t('cmd.keywords.tab')],
    }));
    const done = historyLabels(history);
    return [
      {
        kind: 'command',
        id: 'search',
        label: t('cmd.search'),
        detail: 'Ctrl/⌘+F · /',
        keywords: [t('cmd.keywords.search')],
      },
      ...tabs,
      {
        kind: 'command',
        id: 'undo',
        label: t('cmd.undo'),
        detail: done.undo ?? t('cmd.nothingToUndo'),
        keywords: [t('cmd.keywords.undo')],
      },
      {
        kind: 'command',
        id: 'redo',
        label: t('cmd.redo'),
        detail: done.redo ?? t('cmd.nothingToRedo'),
        keywords: [t('cmd.keywords.redo')],
      },
      { kind: 'command', id: 'language', label: t('cmd.language'), detail: '', keywords: [t('cmd.keywords.language')] },
    ];
  }, [t, lang, history?.undoLabel, history?.redoLabel, history?.undoMessage, history?.redoMessage]);

  // cases and participants are only worth jumping to when they have a source to open
  const firstSource = useMemo(() => {
    const byCase = new Map<string, string>();
    const byParticipant = new Map<string, string>();
    for (const s of info.sourceList) {
      if (s.caseId && !byCase.has(s.caseId)) byCase.set(s.caseId, s.id);
      for (const p of s.participantIds) if (!byParticipant.has(p)) byParticipant.set(p, s.id);
    }
    return { byCase, byParticipant };
  }, [info.sourceList]);

  const all = useMemo(() => {
    const items = (loaded?.items ?? []).filter(
      (it) =>
        (it.kind !== 'case' || firstSource.byCase.has(it.id)) &&
        (it.kind !== 'participant' || firstSource.byParticipant.has(it.id)),
    );
    return [...commands, ...items];
  }, [commands, loaded, firstSource]);

  const results = useMemo((): PaletteItem[] => {
    const found = paletteSearch(all, query, LIMIT).map((r) => r.item);
    const q = query.trim();
    if (!q) return found;
    return [
      ...found,
      { kind: 'command', id: SEARCH_FOR, label: t('cmd.searchFor', { query: q }), detail: '', keywords: [] },
    ];
  }, [all, query, t]);

  useEffect(() => {
    setActive(0);
  }, [query]);
  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const run = async (it: PaletteItem) => {
    close(false);
    switch (it.kind) {
      case 'source':
        props.onOpenSource(it.id);
        break;
      case 'case': {
        const src = firstSource.byCase.get(it.id);
        if (src) props.onOpenSource(src);
        later(() =>
          document
            .querySelector(`.sidebar section[aria-label="${CSS.escape(it.label)}"]`)
            ?.scrollIntoView({ block: 'start' }),
        );
        break;
      }
      case 'participant': {
        const src = firstSource.byParticipant.get(it.id);
        if (src) props.onOpenSource(src);
        break;
      }
      case 'pt':
        showPt(it.id);
        break;
      case 'cmoc': {
        const list = await attempt('cmoc.list', {});
        const c = list?.find((x) => x.id === it.id);
        if (c) showPt(c.pt);
        break;
      }
      case 'command':
        runCommand(it.id);
        break;
    }
  };
  const showPt = (id: string) => {
    props.onShowPt(id);
    const reveal = (again: boolean) => {
      const el = document.querySelector<HTMLElement>('.pt-item.selected');
      if (el) {
        el.scrollIntoView({ block: 'nearest' });
        el.focus();
        return;
      }
      // the right-hand side shows the codebook: switch it to the programteori (its first heading) and look again
      const side = document.querySelector<HTMLButtonElement>('.side-tab[aria-pressed="false"]');
      if (again && side && !document.querySelector('.pt-panel')) {
        side.click();
        later(() => reveal(false));
      }
    };
    later(() => reveal(true));
  };
  const runCommand = (id: string) => {
    if (id.startsWith('tab:')) props.onTab(id.slice(4) as Tab);
    else if (id === 'search') requestSearch();
    else if (id === SEARCH_FOR) requestSearch(query.trim());
    else if (id === 'undo') {
      if (history?.canUndo) props.undo();
      returnFocus.current?.focus();
    } else if (id === 'redo') {
      if (history?.canRedo) props.redo();
      returnFocus.current?.focus();
    } else if (id === 'language') {
      setLanguage(lang === 'da' ? 'en' : 'da');
      returnFocus.current?.focus();
    }
  };

  const onKey = (e: ReactKeyboardEvent) => {
    const n = results.length;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (n) setActive((a) => (a + 1) % n);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (n) setActive((a) => (a - 1 + n) % n);
    } else if (e.key === 'Home' && e.ctrlKey) {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End' && e.ctrlKey) {
      e.preventDefault();
      setActive(Math.max(0, n - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const it = results[active];
      if (it) void run(it);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    } else if (e.key === 'Tab') e.preventDefault(); // focus stays in the dialog
  };

  const optionId = (i: number) => `palette-option-${i}`;
  const onlySearchFor = results.length === 1 && results[0]?.id === SEARCH_FOR;
  return (
    <div
      className="palette-backdrop"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) close();
      }}
    >
      <div className="palette" role="dialog" aria-modal="true" aria-label={t('title')} onKeyDown={onKey}>
        <input
          ref={input}
          className="palette-input"
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-autocomplete="list"
          aria-activedescendant={results.length ? optionId(active) : undefined}
          aria-label={t('inputLabel')}
          placeholder={t('placeholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
        {!loaded && <p className="palette-note muted small">{t('loading')}</p>}
        {onlySearchFor && loaded && <p className="palette-note muted small">{t('none', { query: query.trim() })}</p>}
        <ul ref={listRef} id="palette-list" className="palette-list" role="listbox" aria-label={t('results')}>
          {results.map((it, i) => (
            <li
              key={`${it.kind}:${it.id}`}
              id={optionId(i)}
              data-index={i}
              role="option"
              aria-selected={i === active}
              className={`palette-option${i === active ? ' active' : ''}`}
              onMouseMove={() => {
                if (i !== active) setActive(i);
              }}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void run(it)}
            >
              <span className={`palette-kind palette-kind-${it.kind}`}>{t(`kind.${it.kind}`)}</span>
              <span className="palette-label">{it.label}</span>
              {it.detail && <span className="palette-detail">{it.detail}</span>}
            </li>
          ))}
        </ul>
        <p className="palette-help muted small" aria-hidden="true">
          {t('help')}
        </p>
      </div>
    </div>
  );
}
