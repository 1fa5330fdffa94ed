// The analysts' real multi-word queries (../shared/realnews/, read at run time, never copied
// here): none may come back empty when at least half of its words occur in some clip of its set.
// Skipped, saying why, when the folder is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../../common/ipc/dispatch.js';
import type { SearchPage } from '../../../common/search/types.js';
import { words } from '../../../common/search/analyzer.js';
import { readRealSet } from '../../../scripts/eval-search/realnews.js';
import { addClip } from '../clips.js';
import { createHandlers } from '../handlers.js';
import { LibraryStore } from '../store/library-store.js';

for (const name of ['tune', 'check'] as const) {
  test(`${name}.json: no multi-word query with half its words in some clip returns nothing`, async (t) => {
    const set = await readRealSet(name);
    if ('absent' in set) {
      process.stdout.write(`skipped: ${set.absent}\n`);
      return t.skip(set.absent);
    }
    const dir = await mkdtemp(join(tmpdir(), 'marsad-realq-'));
    const store = await LibraryStore.open({ dataDir: dir, holder: 'test' });
    try {
      for (const a of set.articles) await addClip(store, { title: a.title, body: a.text, source: a.source, lang: a.lang });
      const vocabulary = new Set(set.articles.flatMap((a) => words(`${a.title}\n${a.text}`)));
      const handlers = createHandlers(store, { version: '0', host: 'cli', dataDir: dir, libraryFile: '', systemLocale: 'ar' });
      let checked = 0;
      for (const q of set.queries) {
        const ws = words(q.q);
        if (ws.length < 2 || ws.filter((w) => vocabulary.has(w)).length * 2 < ws.length) continue;
        const r = await dispatch(handlers, 'search', { query: q.q, limit: 5 });
        assert.ok(r.ok);
        assert.ok((r.value as SearchPage).total > 0, `no results for a ${q.lang} query with ${ws.length} words`);
        checked++;
      }
      assert.ok(checked > 0, 'some queries were checked');
    } finally {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
}
