/**
 * The sidebar's way in: "Importér…" opens the import dialog, "Talere…" the speaker mapping of
 * the source on screen, and files dropped on the sidebar open the dialog with those files.
 */
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from '../i18n/useTranslation';
import type { ProjectInfo } from '../../../src/api/contract';
import { dragHasFiles, filesFromDrop } from './files';
import { ImportDialog, type DialogStart } from './ImportDialog';
import { ns } from './i18n';
import './import.css';
import './speakers.css';

export function ImportLauncher({
  info,
  selected,
  onOpenSource,
}: {
  info: ProjectInfo;
  selected: string | null;
  onOpenSource: (id: string) => void;
}) {
  const { t } = useTranslation(ns);
  const [open, setOpen] = useState<(DialogStart & { n: number }) | null>(null);
  const count = useRef(0);
  const anchor = useRef<HTMLDivElement>(null);
  const show = (start: DialogStart) => setOpen({ ...start, n: ++count.current });

  // files dragged over the sidebar: highlight it; dropped: open the dialog with them
  const dropLabel = t('launcher.dropHere');
  useEffect(() => {
    const area = anchor.current?.closest<HTMLElement>('.sidebar');
    if (!area) return;
    area.dataset.dropLabel = dropLabel;
    const over = (e: DragEvent) => {
      if (!dragHasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
      area.classList.add('import-drop-active');
    };
    const leave = (e: DragEvent) => {
      if (!area.contains(e.relatedTarget as Node | null)) area.classList.remove('import-drop-active');
    };
    const drop = (e: DragEvent) => {
      area.classList.remove('import-drop-active');
      if (!dragHasFiles(e)) return;
      e.preventDefault();
      void filesFromDrop(e.dataTransfer!).then((files) => {
        if (files.length) show({ kind: 'import', files });
      });
    };
    area.addEventListener('dragover', over);
    area.addEventListener('dragleave', leave);
    area.addEventListener('drop', drop);
    return () => {
      area.removeEventListener('dragover', over);
      area.removeEventListener('dragleave', leave);
      area.removeEventListener('drop', drop);
      area.classList.remove('import-drop-active');
    };
  }, [dropLabel]);

  const current = selected ? info.sourceList.find((s) => s.id === selected) : undefined;
  const hasSpeakers = !!current && current.speakers.some(Boolean);
  return (
    <div className="import-launcher" ref={anchor}>
      <button
        type="button"
        className="import-open"
        title={t('launcher.importTitle')}
        onClick={() => show({ kind: 'import', files: [] })}
      >
        {t('launcher.import')}
      </button>
      <button
        type="button"
        disabled={!hasSpeakers}
        title={
          !current
            ? t('launcher.speakersNoSource')
            : hasSpeakers
              ? t('launcher.speakersTitle', { name: current.name })
              : t('launcher.speakersNone', { name: current.name })
        }
        onClick={() => current && show({ kind: 'speakers', sourceId: current.id })}
      >
        {t('launcher.speakers')}
      </button>
      {/* in a portal: the dialog's own drags and drops must not reach the sidebar's */}
      {open &&
        createPortal(
          <ImportDialog
            key={open.n}
            info={info}
            start={open}
            onClose={() => setOpen(null)}
            onOpenSource={onOpenSource}
          />,
          document.body,
        )}
    </div>
  );
}
