// `npm test`: typecheck, lint, unit tests, build, package check, e2e, then the hardening figures. Stops at the first failing step.
import { spawnSync } from 'node:child_process';

const npx = (args) => ['npx', ['--no-install', ...args]];
const STEPS = [
  ['typecheck', npx(['tsc', '-b'])],
  ['lint', npx(['eslint', '.'])],
  ['unit tests', [process.execPath, ['scripts/unit.mjs']]],
  ['build', [process.execPath, ['scripts/build.mjs']]],
  ['package check', [process.execPath, ['scripts/check-package.mjs']]],
  ['e2e tests', npx(['playwright', 'test', '-c', 'e2e'])],
  // After the build: it drives the built browser shell. CI counts; `npm run test:hardening -- --full` by hand.
  ['hardening figures', npx(['tsx', 'scripts/hardening/run.ts'])],
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
