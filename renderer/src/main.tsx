import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
// the window's frame, then each column's and tab's share of it, in this order (a later file wins a tie)
import './styles.css';
import './layout/transcript.css';
import './layout/coding-panel.css';
import './layout/pt-panel.css';
import './layout/matrix.css';
import './layout/quotes.css';
import './layout/dialogs.css';
import './i18n';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
