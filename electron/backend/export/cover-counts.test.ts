// The report preview's cover says what the exported file will (issue 14): the preview renders
// only the first PREVIEW_CLIPS clips, yet its counts (clips, sources, passages, quotes, speakers)
// and period must be the whole selection's. Over a real temp library of 26 clips.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_INCLUDES } from '../../../common/export/types.js';
import { PREVIEW_CLIPS } from '../../../common/ipc/export-contract.js';
import { openBackend } from '../index.js';
import { LibraryStore } from '../store/library-store.js';
import { addClip } from '../clips.js';
import { buildReport } from './build-model.js';
import { callHandlers } from './call.js';

const options = { lang: 'ar' as const, order: 'date' as const, include: DEFAULT_INCLUDES };

test('the preview cover counts equal the full report over the same selection', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-cover-'));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 5 });
  // Written for this test. The newest clips (what the preview shows) have no source and no
  // quotes; the oldest ones, beyond the preview, carry sources, quotes and an earlier year.
  for (let i = 0; i < PREVIEW_CLIPS; i++) {
    await addClip(store, { title: `خبر قصير ${i}`, body: `افتتحت البلدية حديقة صغيرة رقم ${i} في الحي الشرقي.`, publishedAt: `2019-03-${String(i + 1).padStart(2, '0')}`, capturedAt: `2026-01-02T00:00:${String(i).padStart(2, '0')}Z` });
  }
  const speakers = ['سمير الحلبي', 'ليلى حداد', 'كريم ناصر'];
  for (let i = 0; i < 6; i++) {
    await addClip(store, {
      title: `تصريح ${i}`,
      body: `قال ${speakers[i % 3]} للصحفيين: «سنفتح المعبر أمام الشاحنات خلال أيام قليلة». وأضاف أن العمل مستمر.`,
      source: i % 2 ? 'RIA' : 'سانا',
      publishedAt: `2015-06-0${i + 1}`,
      capturedAt: `2026-01-01T00:00:0${i}Z`,
    });
  }
  await store.close();
  const backend = await openBackend({ dataDir: dir, holder: 'test', host: 'cli', systemLocale: 'ar', version: 't', writeDelayMs: 5 });
  try {
    const call = callHandlers(backend.handlers);
    const full = await buildReport(call, { selection: {}, options });
    const preview = await buildReport(call, { selection: {}, options }, { maxClips: PREVIEW_CLIPS });
    assert.equal(preview.clips.length, PREVIEW_CLIPS);
    assert.equal(full.clips.length, PREVIEW_CLIPS + 6);
    assert.deepEqual(preview.counts, full.counts);
    assert.deepEqual(preview.period, full.period);
    assert.equal(full.counts.sources, 2);
    assert.ok(full.counts.quotes >= 6, `quotes ${full.counts.quotes}`);
    assert.equal(full.period.from, '2015-06-01');
    const shown = await call('previewReport', { selection: {}, options });
    assert.equal(shown.clips, full.counts.clips);
    assert.equal(shown.shown, PREVIEW_CLIPS);
  } finally {
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  }
});
