// Runs every `*.test.ts` beside the code with node's own test runner (through tsx).
// Node 20's --test does not expand globs or find .ts files itself, so we list them here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const ROOTS = ['common', 'electron', 'renderer', 'bench', 'scripts'];
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== 'node_modules') walk(p); }
    else if (/\.test\.tsx?$/.test(e.name)) files.push(p);
  }
};
for (const r of ROOTS) { try { walk(r); } catch { /* folder absent */ } }
const only = process.argv.slice(2);
const run = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
const res = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...run], { stdio: 'inherit' });
process.exit(res.status ?? 1);
