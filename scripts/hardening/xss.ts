// Figure "hostile vectors": hostile documents are clipped the way a user clips them in the
// browser shell (pasted HTML and text, dropped files, a dragged folder), then shown in the reader with
// its quotes panel, in search snippets, in the report preview and in every export format (the
// HTML report opened in Chromium; the others checked for live markup). Counts vectors that ran
// and requests that tried to leave the app.
import { mkdir, readFile, realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { REPORT_FORMATS, type ReportFormat } from '../../common/export/types.js';
import { PREVIEW_CLIPS } from '../../common/ipc/export-contract.js';
import { REPO_ROOT, removeDir, sleep, tempDir, withTimeout, type Figure, type RunOptions } from './figure.js';
import { shellBuilt, startShell, type Shell } from './shell.js';
import { writeHostileFiles } from './xss-files.js';
import { liveCsv, liveDocx, liveJson, liveMarkdown, livePdf } from './xss-exports.js';
import { VECTORS, FAMILIES, hostileDocs, htmlDoc, textDoc } from './xss-vectors.js';
import { canary, launchBrowser, watchedContext, type Watch } from './xss-watch.js';

const STEP_TIMEOUT_MS = 60_000;
const EXT: Record<ReportFormat, string> = { pdf: 'pdf', docx: 'docx', html: 'html', md: 'md', csv: 'csv', 'quotes-csv': 'csv', json: 'json' };
const CHECKS: Partial<Record<ReportFormat, (path: string) => string[]>> = {
  pdf: livePdf,
  docx: liveDocx,
  md: liveMarkdown,
  csv: liveCsv,
  'quotes-csv': liveCsv,
  json: liveJson,
};

type Tally = { tried: number; live: string[]; failures: string[]; timeouts: number; clips: number; snippets: number };

/** Moves the mouse over the page and clicks every element that says "xss-click", as a curious user would. */
async function poke(page: Page): Promise<void> {
  for (const [x, y] of [[200, 200], [700, 400], [1100, 600], [400, 700]] as const) await page.mouse.move(x, y).catch(() => undefined);
  const clicks = page.getByText('xss-click', { exact: true });
  const n = Math.min(await clicks.count().catch(() => 0), 20);
  for (let i = 0; i < n; i++) await clicks.nth(i).click({ timeout: 1_000, noWaitAfter: true }).catch(() => undefined);
}

async function pasteDoc(page: Page, text: string, html: string | null): Promise<void> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Paste article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Paste an article' });
  await dialog.getByRole('textbox', { name: 'Article text' }).evaluate(
    (el, p) => {
      const data = new DataTransfer();
      data.setData('text/plain', p.text);
      if (p.html) data.setData('text/html', p.html);
      el.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: data }));
    },
    { text, html },
  );
  await dialog.getByRole('button', { name: 'Import article' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function dropFiles(page: Page, files: { name: string; path: string }[]): Promise<void> {
  const list = await Promise.all(files.map(async (f) => ({ name: f.name, base64: (await readFile(f.path)).toString('base64') })));
  await page.evaluate((items) => {
    const data = new DataTransfer();
    for (const { name, base64 } of items) data.items.add(new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], name));
    const target = document.querySelector('.clip-pane') ?? document.body;
    for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
  }, list);
}

/** A folder dragged from the file manager: Chromium's own drag (DevTools Input.dispatchDragEvent with a path). */
async function dropFolder(page: Page, folder: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const data = { items: [], files: [folder], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, x: 500, y: 400, data });
  await cdp.detach();
}

async function clipCount(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const m = (window as unknown as { marsad: { listClips: (q: unknown) => Promise<{ ok: boolean; value?: { total: number } }> } }).marsad;
    const r = await m.listClips({ limit: 1, snippets: false });
    return r.ok ? r.value!.total : -1;
  });
}

async function step(t: Tally, name: string, run: () => Promise<void>): Promise<void> {
  const r = await withTimeout(run().catch((e: unknown) => void t.failures.push(`${name}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`)), STEP_TIMEOUT_MS);
  if (!r.ok) {
    t.timeouts++;
    t.failures.push(`${name}: timed out`);
  }
}

async function clip(page: Page, watch: Watch, work: string, full: boolean, t: Tally): Promise<void> {
  watch.surface = 'import';
  for (const doc of hostileDocs('paste-html', full)) await step(t, `paste ${doc.key}`, () => pasteDoc(page, textDoc(doc), htmlDoc(doc)));
  for (const doc of hostileDocs('paste-text', full)) await step(t, `paste ${doc.key}`, () => pasteDoc(page, textDoc(doc), null));
  const files = await writeHostileFiles(join(work, 'files'), hostileDocs('file', full), ['html', 'md', 'txt', 'docx']);
  await step(t, 'drop files', async () => {
    await dropFiles(page, files);
    await page.getByRole('region', { name: 'Import result' }).getByText(/Imported/).waitFor();
  });
  await writeHostileFiles(join(work, 'folder', 'inner'), hostileDocs('folder', full), ['html', 'md', 'txt', 'docx']);
  await step(t, 'drop folder', async () => {
    const panel = page.getByRole('region', { name: 'Import result' });
    await panel.getByRole('button', { name: 'Dismiss' }).click({ timeout: 2_000 }).catch(() => undefined);
    await panel.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    await dropFolder(page, join(work, 'folder'));
    await panel.getByText(/Imported/).waitFor();
  });
  await page.reload();
  await page.getByRole('heading', { name: 'Clips' }).waitFor();
}

/** Opens every clip in the reader with the quotes panel open; pokes each. */
/** With --verbose, screenshots of each surface go to test-results/hardening/ (to look at, not to assert). */
let shots: string | null = null;
const shot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`) }).catch(() => undefined);
};

async function readAll(page: Page, watch: Watch, t: Tally, appUrl: string): Promise<void> {
  watch.surface = 'reader+quotes';
  const rows = page.locator('button.clip-row');
  let n = 0;
  await step(t, 'reader list', async () => {
    await rows.first().waitFor();
    // The list renders in one go once its page arrives; wait until it shows every clip.
    const total = await clipCount(page);
    for (let i = 0; i < 50 && (await rows.count()) < Math.min(total, 100); i++) await sleep(100);
    n = await rows.count();
    if (n < total) t.failures.push(`reader: the list shows ${n} of ${total} clips`);
  });
  t.clips = n;
  // One step per clip: a clip that will not open is a failure of its own, the rest still run.
  for (let i = 0; i < n; i++) {
    await step(t, `reader clip ${i}`, async () => {
      await rows.nth(i).click({ timeout: 15_000 });
      await page.getByRole('article').waitFor();
      if (i === 0) {
        const toggle = page.getByRole('button', { name: 'Quotes', exact: true });
        if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
      }
      await sleep(150);
      if (i < 3) await shot(page, `reader-${i}`);
      await poke(page);
    });
    // A live link that was clicked would have taken the page away from the app.
    if (new URL(page.url()).origin !== new URL(appUrl).origin) {
      t.failures.push(`reader clip ${i}: the page left the app for ${page.url().slice(0, 80)}`);
      await page.goto(appUrl);
    }
  }
}

async function searchAll(page: Page, watch: Watch, t: Tally): Promise<void> {
  watch.surface = 'search snippets';
  const box = page.getByRole('searchbox', { name: 'Search clips' }).or(page.getByRole('combobox', { name: 'Search clips' })).first();
  for (const q of ['xssmarker', 'onerror', 'script', 'javascript', 'said', 'iframe']) {
    await box.fill(q);
    await page.keyboard.press('Enter');
    await sleep(600);
    await shot(page, `search-${q}`);
    // Each result row shows one snippet of hostile text.
    t.snippets += await page.locator('button.hit-row').count();
    await poke(page);
  }
  await box.fill('');
}

/** `out`: the shell's --export-dir, links resolved (the dialog reports the path it wrote). */
async function exportAll(page: Page, watch: Watch, out: string, t: Tally, openHtml: (path: string) => Promise<void>): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Report' });
  // The preview and each format are steps of their own: one slow format never cuts off the rest.
  await step(t, 'report preview', async () => {
    watch.surface = 'report preview';
    await page.getByRole('button', { name: 'Report', exact: true }).first().click();
    await dialog.waitFor();
    await sleep(1_500);
    await shot(page, 'report-preview');
    await poke(page);
  });
  for (const format of REPORT_FORMATS) {
    const path = join(out, `report-${format}.${EXT[format]}`);
    watch.surface = `export ${format}`;
    await step(t, `export ${format}`, async () => {
      await dialog.getByLabel('Format').selectOption(format);
      await dialog.getByLabel('Save as (full path)').fill(path);
      await dialog.getByRole('button', { name: 'Export…' }).click();
      await dialog.getByRole('status').filter({ hasText: path }).waitFor({ timeout: STEP_TIMEOUT_MS });
      if (format === 'html') await openHtml(path);
      else t.live.push(...(CHECKS[format]?.(path) ?? []));
    });
  }
}

export async function measureXss(opts: RunOptions): Promise<Figure> {
  if (!shellBuilt()) throw new Error('dist/ is missing: run `npm run build` first.');
  const work = await tempDir('xss');
  shots = opts.verbose ? join(REPO_ROOT, 'test-results', 'hardening') : null;
  if (shots) await mkdir(shots, { recursive: true });
  const t: Tally = { tried: 0, live: [], failures: [], timeouts: 0, clips: 0, snippets: 0 };
  let shell: Shell | null = null;
  const browser = await launchBrowser();
  let watch: Watch | null = null;
  let exitCode: number | null = 0;
  try {
    // The shell writes reports by path only into its library's exports/ or an --export-dir.
    await mkdir(join(work, 'exports'), { recursive: true });
    const out = await realpath(join(work, 'exports'));
    shell = await startShell(join(work, 'lib'), { args: ['--export-dir', out] });
    const app = shell.origin;
    const reportUrl = pathToFileURL(out).href;
    watch = await watchedContext(browser, (url) => url.startsWith(`${app}/`) || url.startsWith(reportUrl));
    if (!(await canary(watch))) throw new Error('The sentinel did not see its canary run: the figure would be blind.');
    const page = await watch.context.newPage();
    await page.goto(shell.url);
    await page.getByRole('heading', { name: 'Clips' }).waitFor();
    await clip(page, watch, work, opts.full, t);
    await readAll(page, watch, t, shell.url);
    await step(t, 'search', () => searchAll(page, watch!, t));
    const w = watch;
    await exportAll(page, w, out, t, async (path) => {
      const report = await w.context.newPage();
      await report.goto(pathToFileURL(path).href);
      await sleep(1_000);
      await shot(report, 'report-html');
      await poke(report);
      await report.close();
    });
    // Every clip (the seed piece aside) carries every vector of its document once: shown in the
    // reader with its quotes and in each format; the preview shows the first PREVIEW_CLIPS clips
    // (the seed among them); each snippet shown counts once.
    const docs = Math.max(0, t.clips > 0 ? (await clipCount(page)) - 1 : 0);
    const perDoc = opts.full ? VECTORS.length / FAMILIES.length : VECTORS.length;
    t.tried = Math.round(docs * perDoc * (1 + REPORT_FORMATS.length) + Math.min(docs, PREVIEW_CLIPS - 1) * perDoc + t.snippets);
  } finally {
    await watch?.close().catch(() => undefined);
    await browser.close().catch(() => undefined);
    if (shell) {
      const alive = shell.alive();
      exitCode = await shell.stop();
      if (!alive || exitCode !== 0) t.failures.push(`browser shell ${alive ? `exited ${exitCode}` : 'died during the run'}: ${shell.stderr().slice(-300)}`);
    }
    await removeDir(work);
  }
  const executed = watch ? watch.executed.size : 0;
  return {
    name: 'hostile vectors',
    parts: [
      ['tried', t.tried],
      ['executed', executed, 'bad'],
      ['outbound requests', watch ? watch.outbound.size : 0, 'bad'],
      ['live markup in exports', t.live.length, 'bad'],
      ['timeouts', t.timeouts, 'bad'],
      // A step that failed leaves surfaces untested: never a silent pass.
      ['steps failed', t.failures.length - t.timeouts, 'bad'],
    ],
    notes: [
      `${VECTORS.length} vectors in ${FAMILIES.length} families × clips ${t.clips} (paste HTML/text, drop html/md/txt/docx files and a folder) × reader+quotes, ${t.snippets} snippets, preview, ${REPORT_FORMATS.join('/')}; CSP blocked ${watch?.cspBlocked ?? 0}`,
      ...(watch ? [...watch.executed].slice(0, 8).map((e) => `ran: ${e}`) : []),
      ...(watch ? [...watch.outbound].slice(0, 5).map((u) => `outbound: ${u}`) : []),
      ...t.live.slice(0, 8),
      ...t.failures.slice(0, 6),
    ],
  };
}
