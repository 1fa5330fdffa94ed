// Prints the HTML report to PDF with a Chromium found on the machine (CLI and browser shell;
// the desktop app injects webContents.printToPDF instead). Chromium runs headless on a temp
// file:// page in a throwaway profile, with networking, updates and DNS switched off; the
// page's own CSP forbids any load as well. Never downloads a browser. Chromium's sandbox stays
// on unless the process runs as root (Chromium refuses to start as root with it).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { AppFailure } from '../../../common/result.js';
import { CdpPipe } from './cdp-pipe.js';

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

const CANCELLED = () => new AppFailure({ code: 'invalid-input', message: 'The export was cancelled; no file was written.' });

export type PrinterOptions = { /** Default: the process runs as root (uid 0). */ asRoot?: boolean };

export function chromiumPrinter(executable: string, opts: PrinterOptions = {}): PdfPrinter {
  const sandbox = (opts.asRoot ?? runningAsRoot()) ? ['--no-sandbox'] : [];
  return async (html, signal) => {
    const dir = await mkdtemp(join(tmpdir(), 'marsad-pdf-'));
    try {
      const page = join(dir, 'report.html');
      await writeFile(page, html);
      // Driven over the DevTools pipe first (a third faster than --print-to-pdf on a 200-clip
      // report, measured); a Chromium that cannot do that gets the plain command line.
      try {
        return await printOverPipe(executable, [...baseArgs(join(dir, 'profile-pipe')), ...sandbox], page, signal);
      } catch (e) {
        if (signal?.aborted || (e instanceof AppFailure && /longer than/.test(e.message))) throw e;
        return await printWithFlag(executable, [...baseArgs(join(dir, 'profile-flag')), ...sandbox], dir, page, signal);
      }
    } finally {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  };
}

/** Chromium refuses to start as root with its sandbox on; anyone else keeps the sandbox. */
export const runningAsRoot = (): boolean => process.getuid?.() === 0;

/** Headless, offline, no extensions, a throwaway profile. */
const baseArgs = (profile: string): string[] => [
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-extensions',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--host-resolver-rules=MAP * ~NOTFOUND',
  // Without these the page opened over the pipe counts as a background tab: the 200-clip
  // report printed in 25.6 s instead of 19.4 s (measured).
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-ipc-flooding-protection',
  '--disable-dev-shm-usage',
  `--user-data-dir=${profile}`,
];

type Session = { cdp: CdpPipe; sessionId: string };

/** Starts Chromium on the DevTools pipe, opens a blank tab and runs `work` on it; always closes it. */
async function overPipe<T>(executable: string, base: string[], work: (s: Session) => Promise<T>, signal?: AbortSignal): Promise<T> {
  const browser = launch(executable, [...base, '--remote-debugging-pipe', 'about:blank'], true, signal);
  const cdp = new CdpPipe(browser.child.stdio[3] as Writable, browser.child.stdio[4] as Readable);
  browser.exited.catch((e: Error) => cdp.close(e));
  try {
    const run = (async () => {
      const { targetId } = await cdp.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await cdp.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
      await cdp.send('Page.enable', {}, sessionId);
      return work({ cdp, sessionId });
    })();
    return await Promise.race([run, browser.exited.then(() => Promise.reject(new Error('Chromium exited before it was done')))]);
  } finally {
    await cdp.send('Browser.close').catch(() => undefined);
    browser.stop();
    await browser.exited.catch(() => undefined);
  }
}

async function navigate({ cdp, sessionId }: Session, page: string): Promise<void> {
  const loaded = cdp.once('Page.loadEventFired', sessionId);
  const nav = await cdp.send<{ errorText?: string }>('Page.navigate', { url: pathToFileURL(page).href }, sessionId);
  if (nav.errorText) throw new Error(`loading the report failed (${nav.errorText})`);
  await loaded;
}

async function printOverPipe(executable: string, base: string[], page: string, signal?: AbortSignal): Promise<Uint8Array> {
  const pdf = await overPipe(
    executable,
    base,
    async (s) => {
      const { cdp, sessionId } = s;
      await navigate(s, page);
      const { stream } = await cdp.send<{ stream: string }>(
        'Page.printToPDF',
        // Untagged and without an outline: the tag tree cost about 40% more CPU time (measured).
        { printBackground: true, preferCSSPageSize: true, generateTaggedPDF: false, generateDocumentOutline: false, transferMode: 'ReturnAsStream' },
        sessionId,
      );
      const chunks: Buffer[] = [];
      for (;;) {
        const r = await cdp.send<{ data: string; base64Encoded?: boolean; eof: boolean }>('IO.read', { handle: stream, size: 4 << 20 }, sessionId);
        chunks.push(Buffer.from(r.data, r.base64Encoded ? 'base64' : 'utf8'));
        if (r.eof) break;
      }
      await cdp.send('IO.close', { handle: stream }, sessionId);
      return Buffer.concat(chunks);
    },
    signal,
  );
  return checked(pdf, executable);
}

/** Draws one element of a self-contained page as a PNG (the Word report's cover charts). */
export type Rasteriser = (html: string, selector: string, signal?: AbortSignal) => Promise<Uint8Array>;

// The page is as wide as A4's text column at 96 dpi and drawn at twice that, so the picture stays
// sharp when Word scales it to the column.
const RASTER_VIEW = { width: 680, height: 1000, deviceScaleFactor: 2, mobile: false };

export function chromiumRasteriser(executable: string, opts: PrinterOptions = {}): Rasteriser {
  const sandbox = (opts.asRoot ?? runningAsRoot()) ? ['--no-sandbox'] : [];
  return async (html, selector, signal) => {
    const dir = await mkdtemp(join(tmpdir(), 'marsad-png-'));
    try {
      const page = join(dir, 'picture.html');
      await writeFile(page, html);
      const png = await overPipe(
        executable,
        [...baseArgs(join(dir, 'profile')), ...sandbox],
        async (s) => {
          await s.cdp.send('Emulation.setDeviceMetricsOverride', RASTER_VIEW, s.sessionId);
          await navigate(s, page);
          const box = await s.cdp.send<{ result: { value?: { x: number; y: number; width: number; height: number } } }>(
            'Runtime.evaluate',
            { expression: `(() => { const r = document.querySelector(${JSON.stringify(selector)})?.getBoundingClientRect(); return r && { x: r.x, y: r.y, width: r.width, height: r.height }; })()`, returnByValue: true },
            s.sessionId,
          );
          const clip = box.result.value;
          if (!clip || clip.width === 0) throw new Error(`nothing to draw for ${selector}`);
          const shot = await s.cdp.send<{ data: string }>('Page.captureScreenshot', { format: 'png', clip: { ...clip, scale: 1 }, captureBeyondViewport: true }, s.sessionId);
          return Buffer.from(shot.data, 'base64');
        },
        signal,
      );
      return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    } finally {
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  };
}

async function printWithFlag(executable: string, base: string[], dir: string, page: string, signal?: AbortSignal): Promise<Uint8Array> {
  const out = join(dir, 'report.pdf');
  const args = [...base, '--no-pdf-header-footer', '--disable-pdf-tagging', `--print-to-pdf=${out}`, pathToFileURL(page).href];
  await launch(executable, args, false, signal).exited;
  return checked(await readFile(out).catch(() => null), executable);
}

function checked(pdf: Buffer | null, executable: string): Uint8Array {
  if (!pdf || pdf.subarray(0, 5).toString('latin1') !== '%PDF-') {
    throw new AppFailure({ code: 'internal', message: `Chromium (${executable}) ran but wrote no PDF; try another Chromium with --chromium PATH.` });
  }
  return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

type Launched = { child: ChildProcess; exited: Promise<void>; stop: () => void };

/** Starts Chromium in its own process group; `exited` rejects on a failure, a timeout or a cancel. */
function launch(executable: string, args: string[], pipe: boolean, signal?: AbortSignal): Launched {
  if (signal?.aborted) throw CANCELLED();
  // Its own process group, so stopping it ends Chromium's helper processes too.
  const child = spawn(executable, args, { stdio: pipe ? ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] : ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' });
  const stop = () => {
    try {
      if (process.platform !== 'win32' && child.pid) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const exited = new Promise<void>((resolve, reject) => {
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString()).slice(-2_000);
    });
    const timer = setTimeout(() => {
      stop();
      reject(new AppFailure({ code: 'internal', message: `Chromium took longer than ${PRINT_TIMEOUT_MS / 60_000} minutes to print the PDF and was stopped.` }));
    }, PRINT_TIMEOUT_MS);
    const onAbort = () => {
      stop();
      reject(CANCELLED());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (e) => {
      done();
      reject(new AppFailure({ code: 'not-found', message: `Could not start Chromium at ${executable} (${(e as NodeJS.ErrnoException).code ?? e.message}).` }));
    });
    child.on('exit', (code, sig) => {
      done();
      if (code === 0 || sig === 'SIGKILL') resolve();
      else reject(new AppFailure({ code: 'internal', message: `Chromium stopped with code ${code} while printing the PDF (${stderr.trim().split('\n').pop() ?? ''}).` }));
    });
  });
  exited.catch(() => undefined);
  return { child, exited, stop };
}
