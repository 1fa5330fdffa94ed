// Search through dispatch(), as every host calls it, over a real temp library holding the seed
// piece and a few distractors: the seed queries of issue 4, the query language, incremental
// updates, saved searches and the persisted index side file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../../common/ipc/dispatch.js';
import type { SavedSearchView, SearchPage, Suggestion } from '../../../common/search/types.js';
import { addClip } from '../clips.js';
import { createHandlers } from '../handlers.js';
import { seedLibrary } from '../seed.js';
import { LibraryStore } from '../store/library-store.js';
import { INDEX_FILE } from './index-file.js';
import { IndexSync } from './index-sync.js';

const SEED = new URL('../../../data/syria-russia-new-phase.txt', import.meta.url).pathname;
const OTHERS = [
  { title: 'وزير الخارجية التركي يزور طهران', body: 'بحث وزير الخارجية التركي مع نظيره الإيراني في طهران ملف الحدود والتجارة.', source: 'الجزيرة', tags: ['تركيا'] },
  { title: 'أسعار النفط ترتفع', body: 'ارتفعت أسعار النفط في الأسواق العالمية بعد قرار أوبك خفض الإنتاج.', source: 'رويترز', tags: ['اقتصاد'] },
  { title: 'Lavrov meets Turkish counterpart', body: 'Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara on Monday.', source: 'Reuters', tags: [] },
  { title: 'Лавров провёл переговоры', body: 'Министр иностранных дел России Сергей Лавров провёл переговоры с турецким коллегой.', source: 'ТАСС', tags: [] },
];

async function setup(dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'marsad-search-')));
  const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 10, seed: (s) => seedLibrary(s, SEED) });
  if (!dataDir) for (const o of OTHERS) await addClip(store, { ...o, capturedAt: '2025-02-01T10:00:00.000Z' });
  const handlers = createHandlers(store, { version: '0', host: 'cli', dataDir: dir, libraryFile: '', systemLocale: 'ar' });
  const call = async <T>(name: string, payload?: unknown): Promise<T> => {
    const r = await dispatch(handlers, name, payload);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const seedId = store.data.clips[0]!.id;
  return { dir, store, call, seedId };
}

test('the seed piece comes first for the issue\'s five queries', async () => {
  const { store, call, seedId } = await setup();
  for (const query of ['لافروف', 'لافرف', 'الشيبانى', 'وروسيا', '«سيرغى لافروف»']) {
    const page = await call<SearchPage>('search', { query: `${query} ` });
    assert.equal(page.results[0]?.id, seedId, query);
    assert.ok(page.results[0]!.snippet.highlights.length > 0, `${query} is highlighted`);
  }
  await store.close();
});

test('an article about the subject outranks a short clip that names it once', async () => {
  const { store, call, seedId } = await setup();
  const short = await addClip(store, { title: 'أسعار القمح في الأسواق', body: 'قال تاجر إن لافروف سيزور المنطقة.', source: 'الجزيرة', capturedAt: '2025-03-01T10:00:00.000Z' });
  const brief = await addClip(store, { title: 'موجز الأخبار', body: 'لافروف في أنقرة. أمطار في عمان.', capturedAt: '2025-03-02T10:00:00.000Z' });
  for (const [query, asYouType] of [['لافروف', false], ['لافرف', false], ['لافروف', true]] as const) {
    const ids = (await call<SearchPage>('search', { query, asYouType })).results.map((r) => r.id);
    assert.equal(ids[0], seedId, `${query}: ${JSON.stringify(ids)}`);
    assert.ok(ids.includes(short.id) && ids.includes(brief.id), `${query} still finds both short clips`);
  }
  await store.close();
});

test('snippet highlights slice the raw words; titles get their own highlights', async () => {
  const { store, call } = await setup();
  const page = await call<SearchPage>('search', { query: 'لافرف ' });
  const s = page.results[0]!.snippet;
  assert.ok(s.highlights.every((h) => /^لافروف/.test(s.text.slice(h.start, h.end))), JSON.stringify(s));
  const t = (await call<SearchPage>('search', { query: 'وروسيا ' })).results[0]!;
  assert.deepEqual(t.titleHighlights.map((h) => t.title.slice(h.start, h.end)), ['وروسيا']);
  await store.close();
});

test('query language: OR, exclusion, phrases, filters, English and Russian case endings', async () => {
  const { store, call } = await setup();
  const ids = async (query: string, extra: object = {}) =>
    (await call<SearchPage>('search', { query, ...extra })).results.map((r) => r.title);
  assert.equal((await ids('النفط OR طهران ')).length, 2);
  assert.ok(!(await ids('وزير الخارجية -طهران ')).includes('وزير الخارجية التركي يزور طهران'));
  assert.deepEqual(await ids('"الخارجية التركي"'), ['وزير الخارجية التركي يزور طهران']);
  assert.deepEqual(await ids('tag:اقتصاد'), ['أسعار النفط ترتفع']);
  assert.deepEqual(await ids('source:reuters lavrov '), ['Lavrov meets Turkish counterpart']);
  assert.deepEqual(await ids('Лаврова '), ['Лавров провёл переговоры']);
  assert.deepEqual(await ids('lavrov lang:ru'), []);
  assert.equal((await ids('after:2025-02 before:2025-03')).length, 4);
  assert.deepEqual(await ids('النفط', { filters: { tag: 'تركيا' } }), []);
  const notices = (await call<SearchPage>('search', { query: 'is:draft' })).notices;
  assert.match(notices[0]!.text, /not a filter/);
  assert.deepEqual([notices[0]!.code, notices[0]!.params], ['unknown-is', { token: 'is:draft' }]);
  await store.close();
});

test('a multi-word query finds clips holding some of its words: all words first, then more and rarer, with what they lack', async () => {
  const { store, call } = await setup();
  const page = async (query: string) => (await call<SearchPage>('search', { query })).results.map((r) => [r.title, r.missing.join(' ')]);
  // Nothing holds all three words: the oil clip holds two, the Tehran clip one.
  assert.deepEqual(await page('النفط أوبك طهران'), [
    ['أسعار النفط ترتفع', 'طهران'],
    ['وزير الخارجية التركي يزور طهران', 'النفط أوبك'],
  ]);
  const all = await addClip(store, { title: 'النفط بين أوبك وطهران', body: 'حصة طهران من إنتاج أوبك من النفط.', capturedAt: '2025-03-01T10:00:00.000Z' });
  const first = (await call<SearchPage>('search', { query: 'النفط أوبك طهران' })).results[0]!;
  assert.deepEqual([first.id, first.missing], [all.id, []]);
  // +word is required, a phrase too; one absent word never empties the page.
  assert.deepEqual((await page('النفط +طهران')).map(([t]) => t).sort(), ['النفط بين أوبك وطهران', 'وزير الخارجية التركي يزور طهران']);
  assert.deepEqual(await page('"أسعار النفط" اليابان'), [['أسعار النفط ترتفع', 'اليابان']]);
  assert.deepEqual(await page('Lavrov Ankara zeppelins'), [['Lavrov meets Turkish counterpart', 'zeppelins']]);
  // Exact mode still wants every word.
  assert.equal((await call<SearchPage>('search', { query: 'النفط طهران اليابان', mode: 'exact' })).total, 0);
  await store.close();
});

test('speaker: finds quotes by a person in any spelling or alias; is:quote keeps clips with direct quotes', async () => {
  const { store, call, seedId } = await setup();
  const at = '2025-03-01T10:00:00.000Z';
  const en = await addClip(store, { title: 'Lavrov in Ankara', body: 'Russian Foreign Minister Sergei Lavrov told reporters in Ankara: "We will keep working with Turkey on the border."', lang: 'en', capturedAt: at });
  const ru = await addClip(store, { title: 'Лавров в Анкаре', body: 'Министр иностранных дел России Сергей Лавров заявил: «Мы продолжим работу с Турцией по границе».', lang: 'ru', capturedAt: at });
  const other = await addClip(store, { title: 'أردوغان يستقبل لافروف', body: 'قال الرئيس التركي رجب طيب أردوغان: "لن نسمح بأي تهديد لحدودنا الجنوبية" وذلك بعد لقائه لافروف في أنقرة.', capturedAt: at });
  const ids = async (query: string) => (await call<SearchPage>('search', { query, limit: 50 })).results.map((r) => r.id).sort();
  const lavrov = [seedId, en.id, ru.id].sort();
  for (const name of ['لافروف', 'Lavrov', 'Лавров', 'لافرف', '"سيرغي لافروف"', '"Sergey Lavrov"']) {
    assert.deepEqual(await ids(`speaker:${name}`), lavrov, name);
  }
  assert.deepEqual(await ids('speaker:الشيباني'), [seedId]);
  assert.deepEqual(await ids('speaker:أردوغان'), [other.id]);
  // The hit's snippet is the quote that matched, highlighted, not the article's opening.
  const said = (await call<SearchPage>('search', { query: 'speaker:أردوغان' })).results[0]!.snippet;
  assert.deepEqual(said.highlights.map((h) => said.text.slice(h.start, h.end)), ['لن نسمح بأي تهديد لحدودنا الجنوبية']);
  assert.deepEqual(await ids('speaker:لافروف موسكو'), [seedId]);
  assert.deepEqual(await ids('is:quote'), [seedId, en.id, ru.id, other.id].sort());
  assert.deepEqual(await ids('is:quote lavrov'), [en.id]);
  assert.deepEqual(await ids('is:quote speaker:Lavrov lang:ru'), [ru.id]);
  assert.deepEqual(await ids('speaker:بوتين'), []);
  // An alias the analyst gave a person in the registry, sharing no word with the name.
  store.mutate((d) => void d.people.push({ id: 'p-lavrov', name: 'سيرغي لافروف', aliases: ['كبير الدبلوماسيين الروس'], removedAliases: [] }), { meta: true });
  assert.deepEqual(await ids('speaker:"كبير الدبلوماسيين الروس"'), lavrov);
  // A quote dismissed by the analyst no longer counts.
  const q = (await call<{ kind: string; field: 'body' | 'title'; start: number; end: number; text: string }[]>('getQuotes', { id: en.id })).find((x) => x.kind === 'direct')!;
  await call('decideQuote', { clipId: en.id, field: q.field, start: q.start, end: q.end, text: q.text, decision: 'dismiss' });
  assert.deepEqual(await ids('speaker:Lavrov'), [seedId, ru.id].sort());
  await store.close();
});

test('the index follows edits: a new tag is searchable at once, a deleted clip is gone', async () => {
  const { store, call, seedId } = await setup();
  await call('setClipTags', { id: seedId, tags: ['زيارة موسكو'] });
  assert.equal((await call<SearchPage>('search', { query: 'tag:"زيارة موسكو"' })).total, 1);
  assert.equal((await call<SearchPage>('search', { query: 'زيارة موسكو ' })).results[0]?.id, seedId);
  store.mutate((d) => void (d.clips = d.clips.filter((c) => c.id !== seedId)), { clips: [{ id: seedId }], membership: true });
  assert.equal((await call<SearchPage>('search', { query: 'لافروف ' })).results.some((r) => r.id === seedId), false);
  await store.close();
});

test('saved searches: counts, new since last opened, auto-tag of new matches', async () => {
  const { store, call } = await setup();
  const s = await call<SavedSearchView>('createSavedSearch', { name: 'لافروف', query: 'لافروف OR Lavrov OR Лавров', autoTag: 'متابعة لافروف' });
  assert.equal(s.count, 3);
  assert.equal(s.newCount, 0);
  const tick = () => new Promise((r) => setTimeout(r, 5));
  await tick();
  const added = await addClip(store, { title: 'لافروف يصل إلى أنقرة', body: 'وصل لافروف إلى أنقرة.' });
  await tick();
  const [listed] = await call<SavedSearchView[]>('listSavedSearches');
  assert.equal(listed!.count, 4);
  assert.equal(listed!.newCount, 1);
  assert.ok(store.data.clips.find((c) => c.id === added.id)!.tags.includes('متابعة لافروف'), 'auto-tagged');
  const opened = await call<{ search: SavedSearchView; page: SearchPage }>('openSavedSearch', { id: s.id });
  assert.deepEqual(opened.page.results.filter((r) => r.isNew).map((r) => r.id), [added.id]);
  assert.equal(opened.search.newCount, 0);
  await call('updateSavedSearch', { id: s.id, patch: { name: 'Lavrov' } });
  await call('deleteSavedSearch', { id: s.id });
  assert.deepEqual(await call('listSavedSearches'), []);
  await store.close();
});

test('suggestions come from tags, sources and title words', async () => {
  const { store, call } = await setup();
  const got = await call<Suggestion[]>('suggest', { prefix: 'اقتص' });
  assert.deepEqual(got[0], { kind: 'tag', text: 'اقتصاد', count: 1 });
  assert.ok((await call<Suggestion[]>('suggest', { prefix: 'رويترز' })).some((x) => x.kind === 'source'));
  await store.close();
});

test('the index is saved beside the library, reused on open, and rebuilt when corrupt', async () => {
  const { dir, store, call, seedId } = await setup();
  await call('search', { query: 'لافروف' });
  await store.close();
  assert.ok((await readFile(join(dir, INDEX_FILE), 'utf8')).length > 100);

  const again = await LibraryStore.open({ dataDir: dir, holder: 'test' });
  const sync = new IndexSync(again);
  await sync.ready();
  assert.equal(sync.stats?.loadedFrom, 'file');
  assert.equal(sync.stats?.indexedOnOpen, 0);
  await again.close();

  await writeFile(join(dir, INDEX_FILE), '{"format":1,"signature":');
  const third = await setup(dir);
  assert.equal((await third.call<SearchPage>('search', { query: 'لافرف' })).results[0]?.id, seedId);
  await third.store.close();
});
