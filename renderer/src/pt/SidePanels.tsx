/** The right-hand reference: the programteori or the codebook, switched by their headings. */
import { useState, type ComponentProps } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { CodebookPanel, type AssignTarget } from '../codes/CodebookPanel';
import { ns } from './i18n';
import { ProgrammeTheoryPanel } from './ProgrammeTheoryPanel';

type PtProps = Omit<ComponentProps<typeof ProgrammeTheoryPanel>, 'bare'>;

export function SidePanels(props: PtProps & { target: AssignTarget | null }) {
  const { t } = useTranslation(ns);
  const [view, setView] = useState<'pt' | 'codes'>('pt');
  const { target, ...pt } = props;
  return (
    <div className="side-panels">
      <div className="side-tabs" aria-label={t('tabs')}>
        <h2 className="side-tab-h">
          <button type="button" className="side-tab" aria-pressed={view === 'pt'} onClick={() => setView('pt')}>
            {t('title')}
          </button>
        </h2>
        <h2 className="side-tab-h">
          <button type="button" className="side-tab" aria-pressed={view === 'codes'} onClick={() => setView('codes')}>
            {t('codebook')}
          </button>
        </h2>
      </div>
      {view === 'pt' ? <ProgrammeTheoryPanel {...pt} bare /> : <CodebookPanel target={target} bare />}
    </div>
  );
}
