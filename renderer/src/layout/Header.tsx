/** Project name, the save indicator and undo/redo. */
import type { HistoryState } from '../../../src/api/contract';

const time = (iso: string) => new Date(iso).toLocaleTimeString('da-DK', { hour: '2-digit', minute: '2-digit', second: '2-digit' });

function SaveStatus({ history, saving }: { history: HistoryState | undefined; saving: boolean }) {
  if (saving) return <span className="save-status saving" role="status">Gemmer…</span>;
  if (!history) return <span className="save-status" role="status">…</span>;
  const text = history.savedAt ? `Gemt kl. ${time(history.savedAt)}` : 'Alt er gemt';
  return (
    <span className="save-status saved" role="status" title={`Ændringer gemmes straks i projektfilen. Revision ${history.revision} i denne session · bruger: ${history.user}`}>
      <span className="dot" aria-hidden="true" /> {text}
    </span>
  );
}

export function Header(props: {
  name: string; file: string; history: HistoryState | undefined; saving: boolean; undo: () => void; redo: () => void;
}) {
  const { history } = props;
  const mod = navigator.platform.toLowerCase().includes('mac') ? '⌘' : 'Ctrl+';
  return (
    <header className="app-header">
      <div className="brand">
        <span className="app-name">CMO Workbench</span>
        <h1 className="project-name" title={props.file}>{props.name}</h1>
      </div>
      <div className="header-actions">
        <SaveStatus history={history} saving={props.saving} />
        <button type="button" onClick={props.undo} disabled={!history?.canUndo}
          title={history?.undoLabel ? `Fortryd: ${history.undoLabel} (${mod}Z)` : `Intet at fortryde (${mod}Z)`}>
          ↶ Fortryd
        </button>
        <button type="button" onClick={props.redo} disabled={!history?.canRedo}
          title={history?.redoLabel ? `Gentag: ${history.redoLabel} (Shift+${mod}Z)` : `Intet at gentage (Shift+${mod}Z)`}>
          ↷ Gentag
        </button>
      </div>
    </header>
  );
}
