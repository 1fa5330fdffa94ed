// Figure "pathological files": a zip-bomb DOCX, 100k paragraphs, 50k nested divs, a 25 MB text,
// a symlink-loop folder and binary junk, each imported into the browser shell by path (the
// desktop's call; through the CLI where the shell refuses paths), then read, quote-detected and
// searched. Counts host crashes and timeouts and the longest event-loop block in the host process
// (perf_hooks, preloaded) while each case runs.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { spawn } from 'node:child_process';
import { makeDocxBomb } from '../../electron/backend/import/formats/zip-fixture.js';
import { HERE, REPO_ROOT, removeDir, sleep, tempDir, track, type Figure, type RunOptions } from './figure.js';
import { shellBuilt, startShell, type Shell } from './shell.js';

// The issue's bomb (153 KB inflating to 50 MB) in CI; four times that by hand.
const BOMB_MB = { ci: 50, full: 200 };
const CASE_TIMEOUT_MS = { ci: 30_000, full: 180_000 };
// A host that runs away with memory on a shared box should fail alone, not take the machine.
const SHELL_HEAP_MB = 1_536;
const CLI = join(REPO_ROOT, 'dist', 'cli', 'marsad.js');
const VIA_CLI = process.env.MARSAD_HARDEN_PATHO_CLI === '1';
// What fits one RPC body (8 MiB) once base64-encoded.
const DROP_BYTES = 6 * 1024 * 1024;

const paragraphs = (n: number) =>
  `Harbour minutes\n\n${Array.from({ length: n }, (_, i) => `Paragraph ${i}: "The ferries will run on time," said harbour master Lina Haddad, and the council agreed.`).join('\n\n')}\n`;

type Case = { name: string; path: string };

async function writeCases(dir: string, full: boolean): Promise<Case[]> {
  await mkdir(dir, { recursive: true });
  const at = (name: string) => join(dir, name);
  await writeFile(at('bomb.docx'), makeDocxBomb(full ? BOMB_MB.full : BOMB_MB.ci));
  await writeFile(at('paragraphs-100k.txt'), paragraphs(100_000));
  await writeFile(at('nested-50k.html'), `<!doctype html><html><head><title>Nested</title></head><body>${'<div>'.repeat(50_000)}<p>The council met on Tuesday.</p>${'</div>'.repeat(50_000)}</body></html>`);
  const line = 'The river authority published its quarterly figures for the northern district today.\n';
  await writeFile(at('big-25mb.txt'), line.repeat(Math.ceil((25 * 1_048_576) / line.length)));
  const loop = at('loop');
  await mkdir(join(loop, 'sub'), { recursive: true });
  await writeFile(join(loop, 'sub', 'note.txt'), 'Loop folder\n\nOne real note in a folder whose links point back at itself.\n');
  await symlink('.', join(loop, 'a'));
  await symlink('..', join(loop, 'sub', 'b'));
  await symlink(loop, join(loop, 'sub', 'c'));
  const junk = at('junk');
  await mkdir(junk);
  for (const ext of ['txt', 'html', 'pdf', 'docx', 'md']) await writeFile(join(junk, `junk.${ext}`), randomBytes(full ? 4 << 20 : 1 << 20));
  return [
    { name: 'zip-bomb DOCX', path: at('bomb.docx') },
    { name: '100k paragraphs', path: at('paragraphs-100k.txt') },
    { name: '50k nested divs', path: at('nested-50k.html') },
    { name: '25 MB text', path: at('big-25mb.txt') },
    { name: 'symlink loop folder', path: loop },
    { name: 'binary junk', path: junk },
  ];
}

type Outcome = { name: string; result: string; blockMs: number };

const value = (r: { json: unknown } | null) => (r?.json as { ok?: boolean; value?: Record<string, unknown> })?.value;

/** Imports one case and exercises what it produced; resolves with a short outcome. */
async function runImport(shell: Shell, c: Case, deadline: number): Promise<string> {
  let started = value(await shell.call('startImport', JSON.stringify({ paths: [c.path] }), 30_000));
  // A shell that takes no paths from its page (path capabilities) gets the bytes, as a drop sends them.
  if (!started?.jobId && (await stat(c.path)).isFile() && (await stat(c.path)).size <= DROP_BYTES) {
    const bytes = (await readFile(c.path)).toString('base64');
    started = value(await shell.call('startImport', JSON.stringify({ files: [{ name: basename(c.path), bytes }] }), 30_000));
  }
  if (!started?.jobId) return 'refused by the bridge';
  const jobId = started.jobId as string;
  for (;;) {
    if (Date.now() > deadline) {
      await shell.call('cancelImport', JSON.stringify({ jobId }), 5_000);
      return 'timeout';
    }
    const p = value(await shell.call('importProgress', JSON.stringify({ jobId }), 10_000));
    if (!p) return shell.alive() ? 'no answer' : 'crash';
    if (p.state !== 'running') break;
    await sleep(200);
  }
  const report = value(await shell.call('importReport', JSON.stringify({ jobId }), 10_000));
  const items = (report?.items as { id: string }[] | undefined) ?? [];
  for (const item of items.slice(0, 3)) {
    await shell.call('getClip', JSON.stringify({ id: item.id }), Math.max(1, deadline - Date.now()));
    await shell.call('getQuotes', JSON.stringify({ id: item.id }), Math.max(1, deadline - Date.now()));
  }
  await shell.call('search', JSON.stringify({ query: 'council', limit: 5 }), Math.max(1, deadline - Date.now()));
  if (Date.now() > deadline) return 'timeout';
  return `${items.length} imported, ${(report?.errors as number) ?? 0} refused`;
}

/** The longest block the monitor logged in [from, to]; if the loop is still stuck, since its last line. */
/**
 * Where the shell takes no path from its page, the same backend imports it in the CLI (a path on
 * the command line is the user's own choice), with the same monitor and limits: `marsad import`,
 * then `marsad quotes --file` for a file. Exit codes 0, 1, 3 are answers; anything else a crash.
 */
async function runCli(c: Case, lib: string, monitor: string, timeoutMs: number): Promise<string> {
  const run = (args: string[]) =>
    new Promise<{ code: number | null; signal: string | null; timedOut: boolean }>((done) => {
      const child = track(
        spawn(process.execPath, [`--max-old-space-size=${SHELL_HEAP_MB}`, '--import', join(HERE, 'loop-monitor.mjs'), CLI, '--data-dir', lib, ...args], {
          env: { ...process.env, MARSAD_LOOP_MONITOR_FILE: monitor },
          stdio: 'ignore',
        }),
      );
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        done({ code, signal, timedOut });
      });
    });
  const steps = [['import', c.path, '--json'], ...((await stat(c.path)).isFile() ? [['quotes', '--file', c.path, '--json']] : [])];
  const codes: string[] = [];
  for (const args of steps) {
    const r = await run(args);
    if (r.timedOut) return 'timeout (CLI)';
    if (r.signal || ![0, 1, 3].includes(r.code ?? -1)) return `crash (CLI ${args[0]}: ${r.signal ?? `exit ${r.code}`})`;
    codes.push(`${args[0]} exit ${r.code}`);
  }
  return `CLI: ${codes.join(', ')}`;
}

async function longestBlock(file: string, from: number, to: number, stuck: boolean): Promise<number> {
  const text = await readFile(file, 'utf8').catch(() => '');
  let max = 0;
  let last = from;
  for (const line of text.split('\n')) {
    const [t, ms] = line.split(' ').map(Number);
    if (!t || t < from || t > to + 500) continue;
    max = Math.max(max, ms!);
    last = Math.max(last, t);
  }
  return stuck ? Math.max(max, to - last) : max;
}

export async function measurePathological(opts: RunOptions): Promise<Figure> {
  if (!shellBuilt()) throw new Error('dist/ is missing: run `npm run build` first.');
  const work = await tempDir('patho');
  const cases = await writeCases(join(work, 'files'), opts.full);
  const monitor = join(work, 'loop.log');
  const start = () =>
    startShell(join(work, 'lib'), {
      env: { MARSAD_LOOP_MONITOR_FILE: monitor },
      nodeArgs: [`--max-old-space-size=${SHELL_HEAP_MB}`, '--import', join(HERE, 'loop-monitor.mjs')],
      // The shell imports by path only from an --import-dir: the cases' folder is the user's choice.
      args: ['--import-dir', join(work, 'files')],
    });
  const outcomes: Outcome[] = [];
  let crashes = 0;
  let timeouts = 0;
  let shell = await start();
  try {
    for (const c of cases) {
      const from = Date.now();
      const budget = opts.full ? CASE_TIMEOUT_MS.full : CASE_TIMEOUT_MS.ci;
      // MARSAD_HARDEN_PATHO_CLI=1 measures the CLI host for every case.
      let result = VIA_CLI ? 'refused by the bridge' : await runImport(shell, c, from + budget).catch((e: unknown) => `error ${String(e)}`);
      if (result === 'refused by the bridge') result = await runCli(c, join(work, 'cli-lib'), monitor, budget);
      await sleep(600);
      const alive = shell.alive() && (await shell.call('appInfo', '', 10_000)) !== null;
      const outcome = !shell.alive() ? 'crash' : result;
      if (outcome.startsWith('crash')) crashes++;
      else if (outcome.startsWith('timeout') || outcome === 'no answer' || !alive) timeouts++;
      outcomes.push({ name: c.name, result: outcome, blockMs: await longestBlock(monitor, from, Date.now(), !alive) });
      if (!alive) {
        await shell.stop();
        shell = await start();
      }
    }
  } finally {
    await shell.stop();
    await removeDir(work);
  }
  // The CLI has no window to freeze and its figure includes loading the modules: shell cases only.
  const inShell = outcomes.filter((o) => !o.result.includes('CLI'));
  const longest = Math.max(0, ...inShell.map((o) => o.blockMs));
  return {
    name: 'pathological files',
    parts: [
      ['tried', outcomes.length],
      ['host crashes', crashes, 'bad'],
      ['timeouts', timeouts, 'bad'],
      ['longest main-thread block (ms)', inShell.length ? `${inShell.some((o) => o.result.startsWith('no answer')) ? '≥' : ''}${Math.round(longest)}` : 'n/a (CLI only)'],
    ],
    notes: outcomes.map((o) => `${o.name}: ${o.result}; longest block ${Math.round(o.blockMs)} ms${o.result.includes('CLI') ? ' (CLI, with start-up)' : ''}`),
  };
}
