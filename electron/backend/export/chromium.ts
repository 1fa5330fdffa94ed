// Prints the HTML report to PDF with a Chromium found on the machine (CLI and browser shell;
// the desktop app injects webContents.printToPDF instead). Chromium runs headless on a temp
// file:// page in a throwaway profile, with networking, updates and DNS switched off; the
// page's own CSP forbids any load as well. Never downloads a browser.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppFailure } from '../../../common/result.js';

/** Turns a self-contained HTML report into PDF bytes. */
export type PdfPrinter = (html: string, signal?: AbortSignal) => Promise<Uint8Array>;

// Where Chromium or Chrome usually lives; the first that exists wins.
const WELL_KNOWN = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const NO_CHROMIUM =
  'No Chromium was found to print the PDF; install Chromium or Google Chrome, or give its path with --chromium PATH or the MARSAD_CHROMIUM variable.';

/** The explicit path (flag, then MARSAD_CHROMIUM) if given, else the first well-known one found. */
export function findChromium(opts: { path?: string; env?: Record<string, string | undefined>; known?: readonly string[] } = {}): string | null {
  const explicit = opts.path ?? opts.env?.MARSAD_CHROMIUM;
  if (explicit) {
    if (!existsSync(explicit)) throw new AppFailure({ code: 'not-found', message: `There is no Chromium at ${explicit}; give the path of a Chromium or Chrome executable.` });
    return explicit;
  }
  return (opts.known ?? WELL_KNOWN).find((p) => existsSync(p)) ?? null;
}

// A 200-clip report prints in well under a minute; past this Chromium is stuck, not busy.
const PRINT_TIMEOUT_MS = 5 * 60_000;

export function chromiumPrinter(executable: string): PdfPrinter {
  return async (html, signal) => {
    const dir = await mkdtemp(join(tmpdir(), 'marsad-pdf-'));
    try {
      // Single-process first (faster); a Chromium that cannot print that way gets a second try.
      const page = join(dir, 'report.html');
      await writeFile(page, html);
      try {
        return await print(executable, dir, page, true, signal);
      } catch (e) {
        if (signal?.aborted || (e instanceof AppFailure && /longer than/.test(e.message))) throw e;
        return await print(executable, dir, page, false, signal);
      }
    } finally {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  };
}

async function print(executable: string, dir: string, page: string, single: boolean, signal?: AbortSignal): Promise<Uint8Array> {
  const out = join(dir, single ? 'report-1.pdf' : 'report-2.pdf');
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-extensions',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--user-data-dir=${join(dir, single ? 'profile-1' : 'profile-2')}`,
    '--no-pdf-header-footer',
    // An untagged PDF: building the tag tree from the page's accessibility tree cost about
    // 40% more CPU time on a 50-clip report (measured; see the wip-pdf commit message).
    '--disable-pdf-tagging',
    // One process instead of browser + zygote + renderer + GPU + utility processes: about
    // 2.5 s less start-up CPU, and a fifth less CPU in all on a 200-clip report (on 2 cores
    // the work still runs on several threads). If a Chromium refuses, we retry without it.
    ...(single ? ['--single-process', '--no-zygote'] : []),
    `--print-to-pdf=${out}`,
    pathToFileURL(page).href,
  ];
  await run(executable, args, signal);
  const pdf = await readFile(out).catch(() => null);
  if (!pdf || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new AppFailure({ code: 'internal', message: `Chromium (${executable}) ran but wrote no PDF; try another Chromium with --chromium PATH.` });
  }
  return new Uint8Array(pdf);
}

function run(executable: string, args: string[], signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so cancelling ends Chromium's helper processes too.
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2_000);
    });
    const kill = () => {
      try {
        if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      kill();
      reject(new AppFailure({ code: 'internal', message: `Chromium took longer than ${PRINT_TIMEOUT_MS / 60_000} minutes to print the PDF and was stopped.` }));
    }, PRINT_TIMEOUT_MS);
    const onAbort = () => {
      kill();
      reject(new AppFailure({ code: 'invalid-input', message: 'The export was cancelled; no file was written.' }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new AppFailure({ code: 'not-found', message: `Could not start Chromium at ${executable} (${(e as NodeJS.ErrnoException).code ?? e.message}).` }));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (code === 0) resolve();
      else reject(new AppFailure({ code: 'internal', message: `Chromium stopped with code ${code} while printing the PDF (${stderr.trim().split('\n').pop() ?? ''}).` }));
    });
  });
}
