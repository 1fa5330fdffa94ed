// Before any spec: build the parts the e2e hosts load (skipped when already up to date), so
// `npx playwright test -c e2e` never runs against a stale renderer or shell.
import { spawnSync } from 'node:child_process';
import { findElectron } from './support/electron-binary.js';
import { REPO_ROOT } from './support/paths.js';

export default function globalSetup(): void {
  const parts = ['renderer', 'browser-shell', ...(findElectron().path ? ['main', 'preload'] : [])];
  const res = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet', ...parts], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (res.status !== 0) throw new Error(`The build for e2e failed (exit ${res.status}).`);
}
