// The handler table through dispatch(), as every host calls it, over a real temp library.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from './index.js';
import { readLibrary } from './store/read-library.js';
import { dispatch } from '../../common/ipc/dispatch.js';
import type { ClipDetail, ClipPage, Facets, Settings } from '../../common/domain.js';

const SEED = new URL('../../data/syria-russia-new-phase.txt', import.meta.url).pathname;
const SEED_TITLE = 'سوريا وروسيا تعلنان مرحلة جديدة من العلاقات وتعزيز التعاون السياسي والعسكري';

async function setup() {
  const dataDir = await mkdtemp(join(tmpdir(), 'marsad-handlers-'));
  const backend = await openBackend({ dataDir, holder: 'test', host: 'cli', systemLocale: 'ar-SY', version: '0.0.0', seedFile: SEED, writeDelayMs: 10 });
  const call = async <T>(name: string, payload?: unknown): Promise<T> => {
    const r = await dispatch(backend.handlers, name, payload);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  return { dataDir, backend, call };
}

test('a new library holds the seed piece, listed with its title, snippet and language', async () => {
  const { backend, call } = await setup();
  const page = await call<ClipPage>('listClips', {});
  assert.equal(page.total, 1);
  const item = page.items[0]!;
  assert.equal(item.title, SEED_TITLE);
  assert.equal(item.lang, 'ar');
  assert.ok(item.snippet.startsWith('أعلن وزير الخارجية السوري أسعد الشيباني'), item.snippet);
  await backend.close();
});

test('getClip returns the body exactly as stored, with its SHA-256 and structure', async () => {
  const { backend, call, dataDir } = await setup();
  const [item] = (await call<ClipPage>('listClips', {})).items;
  const clip = await call<ClipDetail>('getClip', { id: item!.id });
  const raw = await readFile(SEED, 'utf8');
  assert.ok(raw.includes(clip.body), 'the body is a verbatim part of the seed file');
  assert.equal(clip.body, await readFile(join(dataDir, 'bodies', clip.bodySha256.slice(0, 2), `${clip.bodySha256}.txt`), 'utf8'));
  const kinds = clip.blocks.map((b) => b.kind);
  assert.equal(kinds.filter((k) => k === 'subheading').length, 4);
  assert.equal(kinds.filter((k) => k === 'list-item').length, 4);
  assert.equal(kinds.filter((k) => k === 'related-link').length, 2);
  await backend.close();
});

test('bad input and unknown ids come back as invalid-input and not-found, in one sentence', async () => {
  const { backend } = await setup();
  const bad = await dispatch(backend.handlers, 'setClipTags', { id: 'x', tags: 'not-a-list' });
  assert.equal(bad.ok, false);
  assert.equal(!bad.ok && bad.error.code, 'invalid-input');
  assert.match(!bad.ok ? bad.error.message : '', /^The request was not valid: tags: .+\.$/);
  const extra = await dispatch(backend.handlers, 'listClips', { limit: 10, drop: 'table' });
  assert.equal(!extra.ok && extra.error.code, 'invalid-input');
  const missing = await dispatch(backend.handlers, 'getClip', { id: 'nope' });
  assert.deepEqual(!missing.ok && missing.error, { code: 'not-found', message: 'There is no clip with id "nope".' });
  const unknown = await dispatch(backend.handlers, 'dropEverything', {});
  assert.equal(!unknown.ok && unknown.error.code, 'invalid-input');
  await backend.close();
});

test('tags are normalised, counted in facets, filter the list, and persist', async () => {
  const { backend, call, dataDir } = await setup();
  const [item] = (await call<ClipPage>('listClips', {})).items;
  const updated = await call<{ tags: string[] }>('setClipTags', { id: item!.id, tags: ['  سوريا ', 'روسيا', 'سوريا', 'military  cooperation'] });
  assert.deepEqual(updated.tags, ['سوريا', 'روسيا', 'military cooperation']);
  const facets = await call<Facets>('facets');
  assert.deepEqual(facets.tags.map((t) => [t.name, t.clips]), [['military cooperation', 1], ['روسيا', 1], ['سوريا', 1]]);
  assert.equal((await call<ClipPage>('listClips', { tag: 'روسيا' })).total, 1);
  assert.equal((await call<ClipPage>('listClips', { tag: 'اقتصاد' })).total, 0);
  await backend.close();
  const onDisk = await readLibrary(dataDir);
  assert.ok(onDisk.kind === 'ok');
  assert.deepEqual(onDisk.data.clips[0]!.tags, ['سوريا', 'روسيا', 'military cooperation']);
});

test('settings default to the system locale and persist a choice', async () => {
  const { backend, call, dataDir } = await setup();
  assert.deepEqual(await call<Settings>('getSettings'), { locale: 'system', searchStrongFolds: true, theme: 'system', analyst: '' });
  assert.deepEqual(await call<Settings>('setSettings', { locale: 'en' }), { locale: 'en', searchStrongFolds: true, theme: 'system', analyst: '' });
  assert.deepEqual(await call<Settings>('setSettings', { theme: 'dark' }), { locale: 'en', searchStrongFolds: true, theme: 'dark', analyst: '' });
  const bad = await dispatch(backend.handlers, 'setSettings', { locale: 'fr' });
  assert.equal(!bad.ok && bad.error.code, 'invalid-input');
  const badTheme = await dispatch(backend.handlers, 'setSettings', { theme: 'sepia' });
  assert.equal(!badTheme.ok && badTheme.error.code, 'invalid-input');
  await backend.close();
  const saved = JSON.parse(await readFile(join(dataDir, 'library.json'), 'utf8')).settings;
  assert.deepEqual([saved.locale, saved.theme], ['en', 'dark']);
});
