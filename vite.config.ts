import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The renderer is built once and served by the browser host (http) or Electron's app:// protocol;
// relative asset paths make the same build work under both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: { outDir: '../dist/renderer', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
});
