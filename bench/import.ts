// Import benchmark: writes a folder of N generated articles (plain text, then HTML pages with
// navigation, ads and comments around the story), imports each folder into a fresh library
// through the real job calls, and reports articles per second. Prints figures; asserts nothing.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../common/ipc/dispatch.js';
import type { ImportProgress, ImportReport } from '../common/domain.js';
import { openBackend } from '../electron/backend/index.js';
import { generateClips } from './corpus.js';

export type ImportFigures = { kind: 'text' | 'html'; files: number; seconds: number; perSecond: number; imported: number; duplicates: number; errors: number };

const NAV = Array.from({ length: 40 }, (_, i) => `<li><a href="/section/${i}">قسم ${i}</a></li>`).join('');
const page = (title: string, body: string, source: string, i: number) => `<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>${title} | ${source}</title><meta property="og:site_name" content="${source}"><meta property="article:published_time" content="2025-10-22T09:00:00Z">
<link rel="canonical" href="https://news.example/a/${i}"><script src="https://ads.example/a.js"></script></head><body>
<header><nav><ul>${NAV}</ul></nav></header><div class="ad">إعلان</div><main><article><h1>${title}</h1>
${body.split('\n').map((p) => `<p>${p}</p>`).join('\n')}
<aside><h3>اقرأ أيضا</h3><ul><li><a href="/x/${i}">خبر ذو صلة ${i}</a></li></ul></aside></article>
<section class="comments">${Array.from({ length: 5 }, (_, k) => `<div class="comment"><p>تعليق ${k}</p></div>`).join('')}</section></main>
<footer>${NAV}</footer></body></html>`;

async function run(kind: 'text' | 'html', n: number): Promise<ImportFigures> {
  const root = await mkdtemp(join(tmpdir(), `marsad-bench-import-${kind}-`));
  const folder = join(root, 'in');
  await mkdir(folder);
  let i = 0;
  for (const g of generateClips(n, kind === 'text' ? 7 : 8)) {
    const name = `a${String(i).padStart(5, '0')}`;
    if (kind === 'text') await writeFile(join(folder, `${name}.txt`), `${g.title}\nالمصدر: ${g.source}\n\n${g.body}`);
    else await writeFile(join(folder, `${name}.html`), page(g.title, g.body, g.source, i));
    i++;
  }
  const backend = await openBackend({ dataDir: join(root, 'lib'), holder: 'bench', host: 'cli', systemLocale: 'ar', version: 'bench' });
  const call = async <T>(name: string, payload?: unknown): Promise<T> => {
    const r = await dispatch(backend.handlers, name, payload);
    if (!r.ok) throw new Error(r.error.message);
    return r.value as T;
  };
  const t0 = performance.now();
  let p = await call<ImportProgress>('startImport', { paths: [folder] });
  while (p.state === 'running') {
    await new Promise((r) => setTimeout(r, 20));
    p = await call<ImportProgress>('importProgress', { jobId: p.jobId });
  }
  const report = await call<ImportReport>('importReport', { jobId: p.jobId });
  await backend.close();
  const seconds = (performance.now() - t0) / 1000;
  await rm(root, { recursive: true, force: true, maxRetries: 5 });
  return { kind, files: n, seconds, perSecond: n / seconds, imported: report.imported, duplicates: report.duplicates, errors: report.errors };
}

export async function benchImport(n: number): Promise<ImportFigures[]> {
  return [await run('text', n), await run('html', n)];
}
