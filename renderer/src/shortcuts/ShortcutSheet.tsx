/** The shortcut sheet: `?` (not while typing) opens every key the window answers to. */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { currentLanguage } from '../i18n';
import { isTypingTarget } from '../history/useHistory';
import { SHORTCUTS } from './table';
import { useKey } from './keymap';
import './shortcuts.css';

function Sheet({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const en = currentLanguage() === 'en';
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => {
      if (d?.open) d.close();
    };
  }, []);
  return createPortal(
    <dialog
      ref={dialog}
      className="app-dialog shortcut-sheet"
      aria-labelledby="shortcut-title"
      onClose={() => {
        if (!dialog.current?.open) onClose();
      }}
    >
      <div className="shortcut-head">
        <h2 id="shortcut-title">{en ? 'Keyboard shortcuts' : 'Tastatur'}</h2>
        <button
          type="button"
          className="icon-button"
          autoFocus
          aria-label={en ? 'Close' : 'Luk'}
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
      </div>
      <div className="shortcut-body">
        {SHORTCUTS.map((g) => (
          <section key={g.da}>
            <h3>{en ? g.en : g.da}</h3>
            <dl>
              {g.items.map((s) => [
                <dt key={`${s.keys}-k`}>
                  <kbd>{s.keys}</kbd>
                </dt>,
                <dd key={`${s.keys}-d`}>{en ? s.en : s.da}</dd>,
              ])}
            </dl>
          </section>
        ))}
      </div>
    </dialog>,
    document.body,
  );
}

export function ShortcutSheet() {
  const [open, setOpen] = useState(false);
  useKey('sheet', (e) => {
    if (isTypingTarget(e.target) || document.querySelector('dialog[open]')) return;
    e.preventDefault();
    setOpen(true);
  });
  return open ? <Sheet onClose={() => setOpen(false)} /> : null;
}
