// Builds everything the hosts load: the renderer (Vite + Preact) into dist/renderer, and the
// Electron main process, preload, CLI and browser shell (esbuild) into dist/. Skips a part whose
// output is newer than all of its sources unless --force is given.
import { build as esbuild } from 'esbuild';
import { build as vite } from 'vite';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const force = process.argv.includes('--force');
const quiet = process.argv.includes('--quiet');

const newest = (dirs) => {
  let t = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const e of readdirSync(p)) if (e !== 'node_modules') walk(join(p, e));
    } else t = Math.max(t, s.mtimeMs);
  };
  dirs.forEach(walk);
  return t;
};
const stale = (out, sources) => force || !existsSync(out) || statSync(out).mtimeMs < newest([...sources, 'package.json']);

// Packages that read their own files at run time (jsdom's stylesheets, pdf.js's worker and
// fonts) cannot be bundled: they stay external and ship as package.json "dependencies".
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const RUNTIME_DEPS = Object.keys(pkg.dependencies ?? {});

const node = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning', legalComments: 'none' };
const esmBanner = { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" };
// Each host bundle gets the extraction worker beside it: extract-pool.ts starts
// ./extract-worker.js relative to the bundle that imported it.
const hostBundle = (name, entry, dir, external) =>
  esbuild({ ...node, entryPoints: { [name]: entry, 'extract-worker': 'electron/backend/import/extract-worker.ts' }, outdir: dir, format: 'esm', external, banner: esmBanner });

// The faces reports embed (electron/backend/export/fonts.ts REPORT_FONTS lists the same files):
// copied to dist/fonts so the packaged app finds them without node_modules.
const REPORT_FONT_FILES = [
  'amiri/files/amiri-arabic-400-normal.woff2',
  'amiri/files/amiri-arabic-700-normal.woff2',
  'noto-sans/files/noto-sans-latin-400-normal.woff2',
  'noto-sans/files/noto-sans-latin-700-normal.woff2',
  'noto-sans/files/noto-sans-cyrillic-400-normal.woff2',
  'noto-sans/files/noto-sans-cyrillic-700-normal.woff2',
];

const parts = [
  {
    name: 'fonts',
    out: 'dist/fonts/noto-sans-cyrillic-700-normal.woff2',
    sources: ['electron/backend/export/fonts.ts'],
    run: () => {
      mkdirSync('dist/fonts', { recursive: true });
      for (const f of REPORT_FONT_FILES) copyFileSync(join('node_modules/@fontsource', f), join('dist/fonts', f.split('/').pop()));
    },
  },
  {
    name: 'renderer',
    out: 'dist/renderer/index.html',
    sources: ['renderer', 'common', 'assets'],
    run: () => vite({ configFile: 'renderer/vite.config.ts', logLevel: quiet ? 'warn' : 'info' }),
  },
  {
    name: 'main',
    out: 'dist/main/main.js',
    sources: ['electron/main', 'electron/backend', 'common'],
    run: () => hostBundle('main', 'electron/main/main.ts', 'dist/main', ['electron', ...RUNTIME_DEPS]),
  },
  {
    name: 'preload',
    // A sandboxed preload cannot load ESM or split files: one CommonJS bundle (REFERENCE.md §4).
    out: 'dist/preload/preload.cjs',
    sources: ['electron/preload', 'common/ipc'],
    run: () => esbuild({ ...node, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/preload/preload.cjs', format: 'cjs', external: ['electron'] }),
  },
  {
    name: 'cli',
    out: 'dist/cli/marsad.js',
    sources: ['electron/cli', 'electron/backend', 'common'],
    run: () => hostBundle('marsad', 'electron/cli/main.ts', 'dist/cli', RUNTIME_DEPS),
  },
  {
    name: 'browser-shell',
    out: 'dist/browser-shell/server.js',
    sources: ['electron/browser-shell', 'electron/backend', 'common'],
    run: () => hostBundle('server', 'electron/browser-shell/main.ts', 'dist/browser-shell', RUNTIME_DEPS),
  },
];

const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const p of parts) {
  if (only.length && !only.includes(p.name)) continue;
  if (!existsSync(p.sources[0])) continue;
  if (!stale(p.out, p.sources)) { if (!quiet) console.log(`build: ${p.name} is up to date`); continue; }
  const t = Date.now();
  await p.run();
  if (!quiet) console.log(`build: ${p.name} built in ${Date.now() - t} ms`);
}
