/** Errors from the API, shown in a message bar until the researcher dismisses them. */
import { useCallback, useState } from 'react';
import { useTranslation } from '../i18n/useTranslation';
import { ApiError } from '../api';
import { DomainError } from '../../../src/cmo/errors';
import { ns } from './i18n';
import { changeInWords } from '../i18n/logWords';
import type { LogMessage } from '../../../src/cmo/logMessages';

export interface ShownError {
  id: number;
  message: string;
  kind: string;
  said?: LogMessage;
}

let nextId = 1;

export function describeError(e: unknown): { message: string; kind: string; said?: LogMessage } {
  if (e instanceof ApiError) return { message: e.message, kind: e.kind, ...(e.said ? { said: e.said } : {}) };
  if (e instanceof Error) {
    // a refusal of the shared domain code run here (e.g. a quote's edit checked as it is typed) has its message too
    const said = e instanceof DomainError ? e.said : undefined;
    return { message: e.message, kind: 'internal', ...(said ? { said } : {}) };
  }
  return { message: String(e), kind: 'internal' };
}

/** An error's words in the window's language (the stored Danish text when it has no message). */
export function errorText(e: unknown): string {
  const d = describeError(e);
  return changeInWords(d.said, d.message);
}

export function useErrors() {
  const [errors, setErrors] = useState<ShownError[]>([]);
  const report = useCallback((e: unknown) => {
    const d = describeError(e);
    console.error(e);
    setErrors((xs) => [...xs.filter((x) => x.message !== d.message), { id: nextId++, ...d }]);
  }, []);
  const dismiss = useCallback((id: number) => setErrors((xs) => xs.filter((x) => x.id !== id)), []);
  return { errors, report, dismiss };
}

const KINDS = new Set(['invalid', 'domain', 'file', 'internal']);

export function ErrorBar({ errors, dismiss }: { errors: ShownError[]; dismiss: (id: number) => void }) {
  const { t } = useTranslation(ns);
  if (!errors.length) return null;
  return (
    <div className="error-bar" role="alert" aria-live="assertive">
      {errors.map((e) => (
        <div key={e.id} className="error-item">
          <strong>{t(`kind.${KINDS.has(e.kind) ? e.kind : 'internal'}`)}:</strong>{' '}
          <span className="error-message">{changeInWords(e.said, e.message)}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={t('closeError')}
            title={t('close')}
            onClick={() => dismiss(e.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
