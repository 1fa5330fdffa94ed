// Export benchmark: a report of 200 clips (each the seed piece's text, with its quotes, plus a
// generated paragraph so no two are alike) written as PDF (Chromium printing) and DOCX, end to
// end from selection to the file on disk. Prints figures; asserts nothing.
// Targets (issue 7): PDF ≤ 20 s, DOCX ≤ 5 s on a 2-core machine.
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_INCLUDES, type ReportFormat } from '../common/export/types.js';
import { splitPlainText } from '../common/text/plain-text.js';
import { openBackend } from '../electron/backend/index.js';
import { callHandlers } from '../electron/backend/export/call.js';
import { chromiumPrinter, findChromium } from '../electron/backend/export/chromium.js';
import { runExport } from '../electron/backend/export/run-export.js';
import { buildReport } from '../electron/backend/export/build-model.js';
import { generateClips, type GeneratedClip } from './corpus.js';
import { buildLibrary } from './library.js';

export type ExportFigures =
  | { clips: number; format: ReportFormat | 'read'; seconds: number; bytes: number; quotes: number }
  | { clips: number; format: ReportFormat; skipped: string };

const SEED = splitPlainText(readFileSync(new URL('../data/syria-russia-new-phase.txt', import.meta.url), 'utf8')).body;

function* reportClips(n: number): Generator<GeneratedClip> {
  for (const g of generateClips(n, 7, 600)) yield { ...g, body: `${SEED}\n${g.body}` };
}

export async function benchExport(n = 200): Promise<ExportFigures[]> {
  const dir = await mkdtemp(join(tmpdir(), `marsad-bench-export-${n}-`));
  try {
    await buildLibrary(join(dir, 'lib'), n, reportClips(n));
    const backend = await openBackend({ dataDir: join(dir, 'lib'), holder: 'bench', host: 'cli', systemLocale: 'ar', version: 'bench', readOnly: true });
    const call = callHandlers(backend.handlers);
    const chromium = findChromium({ env: process.env });
    const rows: ExportFigures[] = [];
    const options = { lang: 'ar' as const, order: 'date' as const, include: DEFAULT_INCLUDES };
    // First read of the library: bodies from disk and quote detection for every clip (cached after).
    const t0 = performance.now();
    const model = await buildReport(call, { selection: {}, options });
    rows.push({ clips: model.counts.clips, format: 'read', seconds: (performance.now() - t0) / 1000, bytes: 0, quotes: model.counts.quotes });
    for (const format of ['docx', 'pdf', 'html'] as const) {
      if (format === 'pdf' && !chromium) {
        rows.push({ clips: n, format, skipped: 'no Chromium found (set MARSAD_CHROMIUM)' });
        continue;
      }
      const t = performance.now();
      const r = await runExport(
        { selection: {}, options, format, out: join(dir, `report.${format}`) },
        { call, pdf: () => chromiumPrinter(chromium!) },
      );
      rows.push({ clips: r.clips, format, seconds: (performance.now() - t) / 1000, bytes: r.bytes, quotes: r.quotes });
    }
    await backend.close();
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
