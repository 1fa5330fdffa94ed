// Proves the packaging config with no network: validates electron-builder.yml against the
// pinned electron-builder schema, runs a Linux --dir build against a stub electronDist (no
// Electron download), and checks what landed in app.asar and beside it. Writes only to a temp
// dir. Last line: "N passed, N failed"; exits 1 on any failure. `--keep` keeps the temp dir.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');

// getConfig/validateConfiguration are app-builder-lib internals (REFERENCE §6): only trusted
// at the version package.json pins.
const PINNED_BUILDER = '26.17.0';
// The fuse sentinel @electron/fuses searches for, then wire version 1 and 8 fuses in Electron
// 41's default state (runAsNode, cookieEncryption, nodeOptions, cliInspect, asarIntegrity,
// onlyLoadAppFromAsar, v8Snapshot, fileProtocolPrivileges).
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const STUB_FUSES = '10110001';
// What electron-builder.yml's electronFuses must turn that into.
const WANT_FUSES = { 0: '0', 1: '1', 2: '0', 3: '0', 4: '1', 5: '1', 7: '0' };
const FUSE_NAMES = ['runAsNode', 'cookieEncryption', 'nodeOptions', 'nodeCliInspect', 'asarIntegrity', 'onlyLoadAppFromAsar', 'v8Snapshot', 'fileProtocolPrivileges'];
// Dev-only packages that must never ship.
const DEV_PACKAGES = ['typescript', 'vite', 'eslint', 'playwright', '@playwright', 'electron-builder', 'esbuild', 'tsx', 'zod', 'lowdb'];
// Any proxy request fails at once: a build that tries to download anything fails loudly here.
const DEAD_PROXY = 'http://127.0.0.1:9';

let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✔' : '✖'} ${name}${detail ? ` — ${detail}` : ''}`);
  return ok;
};
const finish = () => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
};

// 1. Build what the app loads.
const build = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
if (!check('node scripts/build.mjs builds main, preload and renderer', build.status === 0, build.status ? build.stderr.trim().slice(-600) : '')) finish();

// 2. The config file against the schema of the pinned electron-builder.
const builderVersion = JSON.parse(readFileSync(require.resolve('electron-builder/package.json'), 'utf8')).version;
check(`electron-builder is the pinned ${PINNED_BUILDER}`, builderVersion === PINNED_BUILDER, `found ${builderVersion}`);
try {
  const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util');
  const config = await getConfig(ROOT, null, null);
  await validateConfiguration(config, new DebugLogger(false));
  check('electron-builder.yml is valid against the schema', true, `appId ${config.appId}`);
  let rejected = false;
  try {
    await validateConfiguration({ ...config, nsis: { ...config.nsis, oneClick: 'sometimes' } }, new DebugLogger(false));
  } catch {
    rejected = true;
  }
  check('the validator rejects a bad value (so the pass above means something)', rejected);
  const targets = (p) => [config[p]?.target].flat().map((t) => (typeof t === 'string' ? t : t?.target)).join(',');
  check('targets: linux AppImage+deb, win nsis+portable, mac dmg',
    targets('linux') === 'AppImage,deb' && targets('win') === 'nsis,portable' && targets('mac') === 'dmg',
    `linux ${targets('linux')}; win ${targets('win')}; mac ${targets('mac')}`);
  check('publish is null (no update server)', config.publish === null);
  check('nsis is assisted with a choosable folder', config.nsis?.oneClick === false && config.nsis?.allowToChangeInstallationDirectory === true);
  check('deb depends on libnss3, libgtk-3-0, libxss1, libasound2',
    ['libnss3', 'libgtk-3-0', 'libxss1', 'libasound2'].every((d) => config.deb?.depends?.includes(d)));
} catch (e) {
  check('electron-builder.yml is valid against the schema', false, String(e?.message ?? e).split('\n').slice(0, 6).join(' '));
}
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
// Everything is bundled except the importers that read their own files at run time, and docx
// (the Word exporter, issue 7), which package.json declares as a runtime dependency.
const RUNTIME_DEPS = ['@mozilla/readability', 'docx', 'dompurify', 'jsdom', 'linkedom', 'mammoth', 'pdfjs-dist'];
const declared = Object.keys(pkg.dependencies ?? {});
check('package.json runtime dependencies are only the unbundlable importers', declared.every((d) => RUNTIME_DEPS.includes(d)), declared.join(', '));
for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
  const file = path.join(ROOT, 'assets', 'icons', `${size}x${size}.png`);
  const png = existsSync(file) ? readFileSync(file) : Buffer.alloc(0);
  // PNG IHDR: width and height are big-endian at bytes 16 and 20.
  const ok = png.length > 24 && png.readUInt32BE(16) === size && png.readUInt32BE(20) === size;
  if (!ok || size === 1024) check(`icon assets/icons/${size}x${size}.png is ${size} px`, ok);
}
const buildIcon = path.join(ROOT, 'assets', 'build', 'icon.png');
check('assets/build/icon.png is 1024 px (ico/icns source)', existsSync(buildIcon) && readFileSync(buildIcon).readUInt32BE(16) === 1024);

// 3. A stub Electron: the measured minimum electron-builder needs for `--linux dir` — an
//    executable named `electron` (carrying a fuse wire so the fuse step runs for real) and a
//    locales/ folder (electronLanguages prunes it). No default_app.asar: an electronDist *folder*
//    is copied as is (only a downloaded zip gets it removed), and the asar-integrity step would
//    hash it; release machines should point electronDist at a folder of Electron zips instead.
const tmp = mkdtempSync(path.join(tmpdir(), 'marsad-package-'));
const stub = path.join(tmp, 'electron-dist');
const out = path.join(tmp, 'release');
mkdirSync(path.join(stub, 'locales'), { recursive: true });
mkdirSync(path.join(stub, 'resources'), { recursive: true });
writeFileSync(path.join(stub, 'electron'), `#!/bin/sh\necho "stub electron (scripts/check-package.mjs)"\nexit 0\n# ${FUSE_SENTINEL}\x01\x08${STUB_FUSES}\n`);
chmodSync(path.join(stub, 'electron'), 0o755);
for (const l of ['ar', 'en-US', 'ru', 'fr', 'de', 'zh-CN']) writeFileSync(path.join(stub, 'locales', `${l}.pak`), '');
writeFileSync(path.join(stub, 'LICENSE'), 'Electron license (stub)\n');

// 4. The --dir build, with every proxy pointed at a closed port.
const started = Date.now();
const eb = spawnSync(
  process.execPath,
  [require.resolve('electron-builder/cli.js'), '--linux', 'dir', '--x64', '--publish', 'never',
    `-c.electronDist=${stub}`, `-c.directories.output=${out}`],
  {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...process.env,
      HTTPS_PROXY: DEAD_PROXY, HTTP_PROXY: DEAD_PROXY, https_proxy: DEAD_PROXY, http_proxy: DEAD_PROXY,
      NO_PROXY: '', no_proxy: '', ELECTRON_GET_USE_PROXY: '1', GLOBAL_AGENT_HTTPS_PROXY: DEAD_PROXY,
      npm_config_offline: 'true', CSC_IDENTITY_AUTO_DISCOVERY: 'false',
    },
  },
);
const log = `${eb.stdout}\n${eb.stderr}`;
if (!check(`electron-builder --linux dir against the stub electronDist (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  eb.status === 0, eb.status === 0 ? '' : log.trim().split('\n').slice(-8).join('\n    '))) {
  if (!keep) rmSync(tmp, { recursive: true, force: true });
  finish();
}
check('nothing was downloaded', !/download/i.test(log), (log.match(/.*download.*/i) ?? [''])[0].trim());

// 5. The unpacked app beside the asar.
const unpacked = path.join(out, 'linux-unpacked');
const exe = path.join(unpacked, 'marsad');
check('linux-unpacked/marsad exists and is executable', existsSync(exe) && (statSync(exe).mode & 0o111) !== 0);
check("Electron's LICENSE is kept beside the binary", existsSync(path.join(unpacked, 'LICENSE.electron.txt')));
const locales = existsSync(path.join(unpacked, 'locales')) ? readdirSync(path.join(unpacked, 'locales')).sort() : [];
check('locales pruned to ar, en-US, ru', locales.join(',') === 'ar.pak,en-US.pak,ru.pak', locales.join(','));
if (existsSync(exe)) {
  const bin = readFileSync(exe);
  const at = bin.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  const wire = bin.subarray(at + 2, at + 2 + bin[at + 1]).toString('latin1');
  const wrong = Object.entries(WANT_FUSES).filter(([i, v]) => wire[Number(i)] !== v).map(([i]) => FUSE_NAMES[Number(i)]);
  check('fuses flipped: no runAsNode, NODE_OPTIONS or --inspect; asar only, integrity checked', wrong.length === 0,
    `wire ${STUB_FUSES} -> ${wire}${wrong.length ? `; wrong: ${wrong.join(', ')}` : ''}`);
}

// 6. What is inside app.asar.
const asarPath = path.join(unpacked, 'resources', 'app.asar');
if (check('resources/app.asar exists', existsSync(asarPath), existsSync(asarPath) ? `${(statSync(asarPath).size / 1e6).toFixed(2)} MB` : '')) {
  const asar = require('@electron/asar');
  const files = asar.listPackage(asarPath).map((f) => f.replaceAll('\\', '/').replace(/^\//, ''));
  const has = (f) => files.includes(f);
  const read = (f) => asar.extractFile(asarPath, f).toString('utf8');
  for (const f of ['dist/main/main.js', 'dist/preload/preload.cjs', 'dist/renderer/index.html', 'package.json']) {
    check(`asar holds ${f}`, has(f));
  }
  // electron-builder records a SHA-256 per file; a mismatch means a torn pack (e.g. dist/ was
  // rebuilt while it was being packed).
  const torn = files.filter((f) => {
    const st = asar.statFile(asarPath, f);
    if (!st.integrity) return false;
    return createHash('sha256').update(asar.extractFile(asarPath, f)).digest('hex') !== st.integrity.hash;
  });
  check('every asar file matches its recorded SHA-256', torn.length === 0, torn.slice(0, 3).join(', '));
  let shipped = {};
  try {
    shipped = JSON.parse(read('package.json'));
  } catch (e) {
    check('asar package.json parses', false, String(e));
  }
  check('asar package.json "main" is in the asar', has(shipped.main), shipped.main);
  check('asar package.json declares the same runtime dependencies', JSON.stringify(shipped.dependencies ?? {}) === JSON.stringify(pkg.dependencies ?? {}));
  // A bundle may load only Node built-ins, electron, and the runtime dependencies shipped in the asar.
  const root = (m) => (m.startsWith('@') ? m.split('/').slice(0, 2).join('/') : m.split('/')[0]);
  const specifiers = (code) => [...code.matchAll(/(?:^import\s+(?:[^;]*?\s+from\s+)?|^export\s+[^;]*?\s+from\s+|\brequire\(|\bimport\()\s*["']([^"']+)["']/gm)].map((m) => m[1]);
  for (const f of ['dist/main/main.js', 'dist/main/extract-worker.js', 'dist/preload/preload.cjs']) {
    const foreign = [...new Set(specifiers(read(f)))].filter(
      (m) => m !== 'electron' && !m.startsWith('node:') && !builtinModules.includes(m) && !declared.includes(root(m)),
    );
    check(`${f} loads only electron, Node built-ins and shipped dependencies`, foreign.length === 0, foreign.join(', '));
  }
  for (const d of declared) check(`asar ships the runtime dependency ${d}`, has(`node_modules/${d}/package.json`));
  const arabic = files.filter((f) => /arabic.*\.woff2$/i.test(f));
  check('asar holds an Arabic .woff2 font', arabic.length > 0, `${arabic.length}: ${arabic.map((f) => path.basename(f)).slice(0, 2).join(', ')}…`);
  check('asar holds a Cyrillic .woff2 font', files.some((f) => /cyrillic.*\.woff2$/i.test(f)));
  check('asar holds the seed article and nothing else from data/',
    files.filter((f) => f.startsWith('data/') && !f.endsWith('/') && path.extname(f)).join(',') === 'data/syria-russia-new-phase.txt');
  check('asar holds the window icon', has('assets/icons/256x256.png'));
  const html = read('dist/renderer/index.html');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
  const missing = refs.filter((r) => /^https?:|^\/\//.test(r) || !has(path.posix.join('dist/renderer', r)));
  check('index.html loads only its own files, all present', refs.length > 0 && missing.length === 0, missing.join(', ') || `${refs.length} refs`);
  const ours = files.filter((f) => !f.startsWith('node_modules/'));
  const bad = (label, re, among = ours) => {
    const hits = among.filter((f) => re.test(f));
    check(`asar holds no ${label}`, hits.length === 0, hits.slice(0, 3).join(', '));
  };
  bad('test files (*.test.*, *.spec.*)', /\.(test|spec)\.[cm]?[jt]sx?$/);
  bad('e2e/ or test fixtures', /(^|\/)(e2e|fixtures|test-results|playwright-report)(\/|$)/);
  bad(`dev packages (${DEV_PACKAGES.join(', ')})`, new RegExp(`(^|/)node_modules/(${DEV_PACKAGES.join('|')})(/|$)`), files);
  bad('TypeScript sources', /\.tsx?$/);
  bad('source maps', /\.map$/);
  bad('CLI or browser-shell builds', /^dist\/(cli|browser-shell)\//);
  bad('sources, configs or lockfiles', /^(common|electron|renderer|scripts|bench|\.ci)\/|(^|\/)(tsconfig[^/]*\.json|package-lock\.json|eslint\.config\.js)$/);
  console.log(`  (asar: ${files.length} entries)`);
}
if (keep) console.log(`  kept ${tmp}`);
else rmSync(tmp, { recursive: true, force: true });
finish();
