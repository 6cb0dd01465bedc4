import { useEffect, useState } from 'react';
import type { ProjectInfo } from '../../src/api/contract';
import { api } from './api';

export function App() {
  const [info, setInfo] = useState<ProjectInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { api.call('project.info', {}).then(setInfo, (e: Error) => setError(e.message)); }, []);
  if (error) return <div role="alert">{error}</div>;
  if (!info) return <div>Indlæser…</div>;
  return (
    <main>
      <h1>{info.name}</h1>
      <ul>{info.cases.map((c) => <li key={c.id}>{c.label}</li>)}</ul>
      <ul>{info.ptPoints.map((p) => <li key={p.id}>{p.id} {p.title}</li>)}</ul>
    </main>
  );
}
