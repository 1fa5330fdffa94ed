// The report calls through dispatch(), as the renderer makes them: the preview is the HTML
// report of the selection, an export job reports progress and ends with the file written, a
// relative path or an existing file is refused, and the stand-in save dialog says "unsupported".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_INCLUDES, defaultReportName } from '../../../common/export/types.js';
import { dispatch } from '../../../common/ipc/dispatch.js';
import type { ExportJobView } from '../../../common/ipc/export-contract.js';
import { openBackend } from '../index.js';
import { EXPECTED, SEED_FILE } from './test-library.fixture.js';

const options = { lang: 'ar' as const, order: 'date' as const, include: DEFAULT_INCLUDES };

test('export calls: preview, a job to completion, refusals, no save dialog outside the app', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-export-calls-'));
  const backend = await openBackend({ dataDir: join(dir, 'lib'), holder: 'test', host: 'browser', systemLocale: 'ar', version: 't', seedFile: SEED_FILE, writeDelayMs: 5 });
  const call = async (name: string, payload: unknown) => dispatch(backend.handlers, name, payload);
  try {
    const preview = await call('previewReport', { selection: {}, options });
    assert.ok(preview.ok);
    const p = preview.value as { html: string; clips: number; shown: number };
    assert.equal(p.clips, 1);
    assert.equal(p.shown, 1);
    assert.ok(p.html.includes(EXPECTED.structure.title));

    const bad = await call('previewReport', { selection: { from: 'yesterday' }, options });
    assert.equal(bad.ok, false);

    const out = join(dir, 'r.md');
    const started = await call('startExport', { selection: {}, options, format: 'md', path: out });
    assert.ok(started.ok);
    let job = started.value as ExportJobView;
    while (job.state === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      job = ((await call('exportProgress', { jobId: job.jobId })) as { value: ExportJobView }).value;
    }
    assert.equal(job.state, 'done', JSON.stringify(job.error));
    assert.equal(job.result?.path, out);
    assert.equal(job.progress.phase, 'done');
    assert.ok(readFileSync(out, 'utf8').startsWith('# تقرير الرصد'));

    const again = (await call('startExport', { selection: {}, options, format: 'md', path: out })) as { ok: true; value: ExportJobView };
    let second = again.value;
    while (second.state === 'running') {
      await new Promise((r) => setTimeout(r, 20));
      second = ((await call('exportProgress', { jobId: second.jobId })) as { value: ExportJobView }).value;
    }
    assert.equal(second.state, 'failed');
    assert.equal(second.error?.details?.exists, true);

    const relative = await call('startExport', { selection: {}, options, format: 'md', path: 'r.md' });
    assert.equal(relative.ok, false);

    const dialog = await call('chooseReportPath', { defaultName: 'a.pdf', format: 'pdf' });
    assert.deepEqual(dialog, { ok: true, value: { supported: false, path: null } });
  } finally {
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('default report name: date, cleaned title, extension', () => {
  const now = new Date('2026-11-29T10:00:00Z');
  assert.equal(defaultReportName('تقرير: سوريا/روسيا', 'pdf', now), '2026-11-29 تقرير سوريا روسيا.pdf');
  assert.equal(defaultReportName('  ', 'csv', now), '2026-11-29 report.csv');
});
