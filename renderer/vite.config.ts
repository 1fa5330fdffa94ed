// Vite build of the renderer: root is this folder, output goes to dist/renderer with relative
// URLs so the same files load from app:// (Electron) and from the browser shell. Must not inline
// assets: the CSP allows fonts and scripts from 'self' only, never data: URLs.
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [preact()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // 0 keeps every font a real file: `font-src 'self'` refuses data: URLs.
    assetsInlineLimit: 0,
    // The preload polyfill is not needed by Chromium and keeps the entry to one script.
    modulePreload: { polyfill: false },
    target: 'chrome120',
  },
});
