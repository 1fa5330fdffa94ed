// `npm test`: typecheck, lint, unit tests, then Playwright e2e. Stops at the first failing step.
import { spawnSync } from 'node:child_process';

const npx = (args) => ['npx', ['--no-install', ...args]];
const STEPS = [
  ['typecheck', npx(['tsc', '-b'])],
  ['lint', npx(['eslint', '.'])],
  ['unit tests', [process.execPath, ['scripts/unit.mjs']]],
  ['build', [process.execPath, ['scripts/build.mjs']]],
  ['package check', [process.execPath, ['scripts/check-package.mjs']]],
  ['e2e tests', npx(['playwright', 'test', '-c', 'e2e'])],
];
for (const [name, [cmd, args]] of STEPS) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const res = spawnSync(cmd, args, { stdio: 'inherit' });
  if (res.status !== 0) {
    console.error(`\n${name} failed (exit ${res.status ?? res.signal}).`);
    process.exit(res.status || 1);
  }
  console.log(`=== ${name} passed in ${((Date.now() - started) / 1000).toFixed(1)} s ===`);
}
