// `npm run test:hardening [-- --full] [-- --only lock,kill] [-- --verbose]`: measures how Marsad
// holds up against hostile content, a hostile bridge, crashes, faults, pathological files and lock
// races, one printed line per figure. Exits 1 when any lost/crash/executed/double/outbound figure
// (or a timeout) is non-zero. Small counts by default (CI); the counts with --full.
import { parseArgs } from 'node:util';
import { rmSync } from 'node:fs';
import { BUNDLE_DIR, badCount, formatFigure, stopAll, withTimeout, type Figure, type RunOptions } from './figure.js';
import { measureBridgeFuzz } from './bridge-fuzz.js';
import { measureFaults } from './faults.js';
import { measureKill } from './kill.js';
import { measureLockRace } from './lock-race.js';
import { measurePathological } from './pathological.js';
import { measureXss } from './xss.js';

type Measure = (opts: RunOptions) => Promise<Figure>;

// Every figure bounds its own cases; this is the backstop so the run itself can never hang.
const FIGURE_TIMEOUT_MS = { ci: 10 * 60_000, full: 90 * 60_000 };

// Print order follows the list.
const FIGURES: [key: string, name: string, measure: Measure][] = [
  ['xss', 'hostile vectors', measureXss],
  ['fuzz', 'bridge fuzz', measureBridgeFuzz],
  ['kill', 'SIGKILL during imports and tag edits', measureKill],
  ['faults', 'faults', measureFaults],
  ['patho', 'pathological files', measurePathological],
  ['lock', 'lock race', measureLockRace],
];

const { values } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    only: { type: 'string' },
    verbose: { type: 'boolean', default: false },
  },
});
const only = values.only?.split(',').map((s) => s.trim());
const unknown = only?.filter((k) => !FIGURES.some(([key]) => key === k)) ?? [];
if (unknown.length) {
  process.stderr.write(`Unknown figure "${unknown.join(', ')}"; choose from ${FIGURES.map(([k]) => k).join(', ')}.\n`);
  process.exit(2);
}
const opts: RunOptions = { full: values.full, verbose: values.verbose };

let failed = 0;
console.log(`Hardening figures (${opts.full ? 'full counts' : 'CI counts; add -- --full for the full run'})`);
for (const [key, name, measure] of FIGURES) {
  if (only && !only.includes(key)) continue;
  const started = Date.now();
  let figure: Figure;
  try {
    const r = await withTimeout(measure(opts), opts.full ? FIGURE_TIMEOUT_MS.full : FIGURE_TIMEOUT_MS.ci);
    figure = r.ok ? r.value : { name, parts: [['timeouts', 1, 'bad']], notes: ['the figure did not finish in time; its processes were stopped'] };
  } catch (e) {
    figure = { name, parts: [['harness error', 1, 'bad']], notes: [e instanceof Error ? (e.stack ?? e.message) : String(e)] };
  }
  stopAll();
  const bad = badCount(figure);
  failed += bad;
  console.log(`${bad ? '✗' : '✓'} ${formatFigure(figure)}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const note of figure.notes) console.log(`    ${note}`);
}
rmSync(BUNDLE_DIR, { recursive: true, force: true });
if (failed) console.log(`\n${failed} failure(s): see the ✗ lines.`);
process.exit(failed ? 1 : 0);
