#!/usr/bin/env node
// The installed `marsad` command: runs the bundled CLI (dist/cli/marsad.js). It holds no logic;
// from a source checkout without a build, it says how to build instead of failing obscurely.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/cli/marsad.js', import.meta.url);

if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  process.stderr.write('marsad is not built yet; run "npm run build" in the Marsad folder first (or use "npm run -s marsad -- ARGS").\n');
  process.exitCode = 1;
}
