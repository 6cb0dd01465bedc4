/** The picked files' rows: adding files, then what each file's name and content says (preview, then sniff). */
import { useCallback, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { TFunction } from 'i18next';
import type { ApiTools } from '../shared/useApi';
import { changeInWords } from '../i18n/logWords';
import { MAX_SEND_BYTES, baseName, fileKey, isClutter, parentFolder, type PickedFile } from './files';
import { formatBytes } from './format';
import { defaultName, type Row, type Step } from './rows';
import { sniffFiles, withSniff } from './sniffRows';

export function usePreviewRows(t: TFunction, tools: ApiTools, setStep: Dispatch<SetStateAction<Step>>) {
  const [rows, setRows] = useState<Row[]>([]);
  const [skippedClutter, setSkippedClutter] = useState(0);
  const [previewing, setPreviewing] = useState(0);

  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const addFiles = useCallback(
    async (picked: PickedFile[]) => {
      const clutter = picked.filter((p) => isClutter(baseName(p.path)));
      if (clutter.length) setSkippedClutter((n) => n + clutter.length);
      const known = new Set(rowsRef.current.map((r) => r.key));
      const fresh: Row[] = [];
      for (const p of picked) {
        const key = fileKey(p);
        if (isClutter(baseName(p.path)) || known.has(key)) continue;
        known.add(key);
        fresh.push({
          key,
          picked: p,
          meta: null,
          folderMeta: null,
          include: true,
          name: defaultName(p),
          caseId: '',
          roleId: '',
          problem:
            p.file.size > MAX_SEND_BYTES
              ? t('preview.tooBig', { size: formatBytes(p.file.size), max: formatBytes(MAX_SEND_BYTES) })
              : null,
        });
      }
      rowsRef.current = [...rowsRef.current, ...fresh];
      setRows(rowsRef.current);
      setStep('preview');
      if (!fresh.length) return;
      const folders = [...new Set(fresh.map((r) => parentFolder(r.picked.path)).filter((f): f is string => !!f))];
      const names = [...fresh.map((r) => baseName(r.picked.path)), ...folders.map((f) => `${f}.folder`)];
      setPreviewing((n) => n + 1);
      const previews = await tools.attempt('import.preview', { fileNames: names });
      setPreviewing((n) => n - 1);
      if (!previews) return;
      const byFolder = new Map(folders.map((f, i) => [f, previews[fresh.length + i]!]));
      const byKey = new Map(fresh.map((r, i) => [r.key, previews[i]!]));
      setRows((old) =>
        old.map((r) => {
          const meta = byKey.get(r.key);
          if (!meta) return r;
          const folder = parentFolder(r.picked.path);
          const folderMeta = folder ? (byFolder.get(folder) ?? null) : null;
          const problem = r.problem ?? changeInWords(meta.problemSaid, meta.problem);
          return {
            ...r,
            meta,
            folderMeta,
            problem,
            include: r.include && !problem,
            caseId: meta.caseId ?? folderMeta?.caseId ?? '',
            roleId: meta.roleId ?? folderMeta?.roleId ?? '',
          };
        }),
      );
      // then each file's content: empty, wrong, protected or a duplicate is shown as such, not as ready
      await sniffFiles(
        fresh,
        (fileName, dataBase64) => tools.attempt('import.sniff', { fileName, dataBase64 }),
        (key, res) => setRows((old) => old.map((r) => (r.key === key ? withSniff(r, res, old) : r))),
      );
    },
    [t, tools, setStep],
  );

  return { rows, setRows, skippedClutter, setSkippedClutter, previewing, addFiles };
}
