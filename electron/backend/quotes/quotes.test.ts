// The quote and people calls against a real temp library seeded with the Syria–Russia piece:
// quotes carry decisions and speaker colours, decisions persist beside the text (and survive a
// reopen) without touching the body, and the registry merges and edits aliases; speaker edits
// are undone and redone through the app's one history.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../index.js';
import { dispatch } from '../../../common/ipc/dispatch.js';
import type { ClipDetail, ClipPage } from '../../../common/domain.js';
import type { Change, HistoryState } from '../../../common/annotation.js';
import type { PersonQuote, PersonView, QuoteView } from '../../../common/quotes/views.js';

const SEED = new URL('../../../data/syria-russia-new-phase.txt', import.meta.url).pathname;

async function open(dataDir: string) {
  const backend = await openBackend({ dataDir, holder: 'test', host: 'cli', systemLocale: 'ar-SY', version: '0.0.0', seedFile: SEED, writeDelayMs: 10 });
  const call = async <T>(name: string, payload?: unknown): Promise<T> => {
    const r = await dispatch(backend.handlers, name, payload);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  return { backend, call };
}

test('getQuotes: the seed quotes with speakers, one colour per speaker, offsets into the body', async () => {
  const { backend, call } = await open(await mkdtemp(join(tmpdir(), 'marsad-quotes-')));
  const id = (await call<ClipPage>('listClips', {})).items[0]!.id;
  const clip = await call<ClipDetail>('getClip', { id });
  const quotes = await call<QuoteView[]>('getQuotes', { id });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.deepEqual(direct.map((q) => q.speaker).sort(), ['أسعد الشيباني', 'سيرغي لافروف'].sort());
  for (const q of quotes.filter((x) => x.field === 'body')) assert.equal(clip.body.slice(q.start, q.end), q.text);
  const colourOf = (name: string) => new Set(quotes.filter((q) => q.speaker === name).map((q) => q.colour));
  assert.equal(colourOf('سيرغي لافروف').size, 1);
  assert.notDeepEqual([...colourOf('سيرغي لافروف')], [...colourOf('أسعد الشيباني')]);
  await backend.close();
});

test('decideQuote: dismiss and correct persist beside the text, across a reopen; the body is untouched', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-quotes-'));
  let { backend, call } = await open(dir);
  const id = (await call<ClipPage>('listClips', {})).items[0]!.id;
  const before = (await call<ClipDetail>('getClip', { id })).body;
  const [a, b] = (await call<QuoteView[]>('getQuotes', { id })).filter((q) => q.kind === 'direct');
  const dismissed = await call<QuoteView>('decideQuote', { clipId: id, start: a!.start, end: a!.end, text: a!.text, decision: 'dismiss' });
  assert.equal(dismissed.state, 'dismissed');
  const corrected = await call<QuoteView>('decideQuote', { clipId: id, start: b!.start, end: b!.end, text: b!.text, decision: { speaker: 'Sergei Lavrov' } });
  assert.equal(corrected.state, 'corrected');
  assert.equal(corrected.detectedSpeaker, 'سيرغي لافروف');
  await assert.rejects(call('decideQuote', { clipId: id, start: a!.start, end: a!.end, text: 'not the text', decision: 'confirm' }), /not-found/);
  await backend.close();
  ({ backend, call } = await open(dir));
  const after = await call<QuoteView[]>('getQuotes', { id });
  assert.equal(after.find((q) => q.id === a!.id)!.state, 'dismissed');
  assert.equal(after.find((q) => q.id === b!.id)!.speaker, 'Sergei Lavrov');
  assert.equal((await call<ClipDetail>('getClip', { id })).body, before);
  await backend.close();
});

test('people: listed with aliases and counts; quotes newest first; merge and alias edits persist', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-quotes-'));
  let { backend, call } = await open(dir);
  const list = await call<PersonView[]>('listPeople');
  const lavrov = list.find((p) => p.name === 'سيرغي لافروف')!;
  const shaibani = list.find((p) => p.name === 'أسعد الشيباني')!;
  assert.ok(lavrov.aliases.includes('لافروف'));
  const pq = await call<{ quotes: PersonQuote[]; total: number }>('personQuotes', { id: lavrov.id });
  assert.equal(pq.total, lavrov.quoteCount);
  assert.ok(pq.quotes.every((q) => q.clipTitle.length > 0 && q.end > q.start));
  const withAlias = await call<PersonView>('addAlias', { id: lavrov.id, alias: 'Лавров' });
  assert.ok(withAlias.aliases.includes('Лавров'));
  const without = await call<PersonView>('removeAlias', { id: lavrov.id, alias: 'لافروف' });
  assert.ok(!without.aliases.includes('لافروف'));
  const merged = await call<PersonView>('mergePeople', { from: shaibani.id, into: lavrov.id });
  assert.equal(merged.quoteCount, lavrov.quoteCount + shaibani.quoteCount);
  assert.ok(merged.aliases.includes('أسعد الشيباني'));
  await backend.close();
  ({ backend, call } = await open(dir));
  const again = await call<PersonView[]>('listPeople');
  assert.equal(again.find((p) => p.name === 'أسعد الشيباني'), undefined);
  const l = again.find((p) => p.id === lavrov.id)!;
  assert.ok(l.aliases.includes('Лавров'));
  assert.ok(!l.aliases.includes('لافروف'));
  await backend.close();
});

test('people: an unnamed source is no person; its quote is in the Unattributed group', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-quotes-'));
  const { backend, call } = await open(dir);
  const text = 'وزارة المياه تمدد خطة التقنين\n\nقال وزير المياه سليم حداد إن «الخزانات لم تمتلئ إلا إلى نصف طاقتها هذا العام».\n\nوقال مسؤول في الوزارة إن «الخطة قد تمدد حتى الربيع المقبل إذا استمر الجفاف».';
  await call('importText', { text });
  const list = await call<PersonView[]>('listPeople');
  assert.ok(list.some((p) => p.name === 'سليم حداد'));
  assert.ok(!list.some((p) => p.name.includes('مسؤول')), `listed: ${list.map((p) => p.name).join(', ')}`);
  const group = await call<{ person: PersonView; quotes: PersonQuote[]; total: number }>('personQuotes', { id: 'unattributed' });
  assert.equal(group.total, 1);
  assert.equal(group.quotes[0]!.text, 'الخطة قد تمدد حتى الربيع المقبل إذا استمر الجفاف');
  await backend.close();
});

/** A fresh library (with the seed), `text` imported, and its people with their kinds by name. */
async function peopleAfter(text: string) {
  const { backend, call } = await open(await mkdtemp(join(tmpdir(), 'marsad-quotes-')));
  await call('importText', { text });
  const list = await call<PersonView[]>('listPeople');
  return { backend, call, list, kinds: Object.fromEntries(list.map((p) => [p.name, p.kind])) };
}

test('people: an agency reporting in its own name is an organisation; one that relays is never a speaker', async () => {
  // Written for this test: an agency relaying a minister's words.
  const { backend, call, list, kinds } = await peopleAfter('وزير الري يعد بدعم المزارعين\n\nأعلن وزير الري علاء فاروق أن الحكومة ستدعم ترشيد المياه.\n\nونقلت وكالة الأناضول عن فاروق قوله إن «المزارعين سيحصلون على دعم كامل».');
  assert.equal(kinds['سانا'], 'organisation', 'the seed: وذكرت وكالة سانا أن …');
  assert.equal(kinds['سيرغي لافروف'], 'person');
  assert.equal(kinds['علاء فاروق'], 'person');
  assert.ok(!list.some((p) => p.name === 'الأناضول' || p.aliases.includes('الأناضول')), `listed: ${list.map((p) => p.name).join(', ')}`);
  const his = await call<{ quotes: PersonQuote[] }>('personQuotes', { id: list.find((p) => p.name === 'علاء فاروق')!.id });
  assert.equal(his.quotes.find((q) => q.kind === 'direct')?.via, 'الأناضول');
  await backend.close();
});

test('people: an outlet named in brackets, with no organisation word in its name, is an organisation', async () => {
  // Written for this test: a made-up magazine named in brackets, then "المجلة".
  const { backend, list, kinds } = await peopleAfter('مجلة تشيد بالانتخابات\n\nكتبت (نيو هورايزن مغازين)، المجلة الأمريكية الشهرية، أن الانتخابات جرت في هدوء.\n\nوأكدت المجلة الأمريكية أن "التصويت أثبت أن التداول السلمي ممكن في المنطقة".');
  assert.equal(kinds['نيو هورايزن مغازين'], 'organisation', `listed: ${list.map((p) => `${p.name} ${p.kind}`).join(', ')}`);
  assert.equal(kinds['سيرغي لافروف'], 'person');
  await backend.close();
});

// Written for this test: a Russian piece quoting the minister the Arabic seed already names.
const RUSSIAN = 'Москва ответила на заявление союзников\n\nСергей Лавров заявил журналистам: «Мы не примем условия, которые нам диктуют со стороны».\n\n«Диалог возможен только на равных», — добавил Лавров.';

test('people: a later article in another script joins the person as an alias and never renames it', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-quotes-'));
  let { backend, call } = await open(dir);
  const lavrov = (await call<PersonView[]>('listPeople')).find((p) => p.name === 'سيرغي لافروف')!;
  await call('importText', { text: RUSSIAN });
  const after = await call<PersonView[]>('listPeople');
  const his = after.filter((p) => p.aliases.some((a) => a.includes('Лавров')) || p.name.includes('Лавров'));
  assert.deepEqual(his.map((p) => p.name), ['سيرغي لافروف'], `listed: ${after.map((p) => p.name).join(', ')}`);
  assert.equal(his[0]!.id, lavrov.id, 'the person keeps its id');
  assert.ok(his[0]!.aliases.includes('Сергей Лавров'));
  assert.equal(his[0]!.quoteCount, lavrov.quoteCount + 2);
  // A name the analyst set stays too, whatever is imported after it.
  await call('renamePerson', { id: lavrov.id, name: 'الوزير لافروف' });
  await call('importText', { text: RUSSIAN.replace('Москва', 'Кремль') });
  await backend.close();
  ({ backend, call } = await open(dir));
  assert.equal((await call<PersonView[]>('listPeople')).find((p) => p.id === lavrov.id)?.name, 'الوزير لافروف');
  await backend.close();
});

test('people: a clip older than the seed that comes later in a bundle does not rename the person either', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-quotes-'));
  const bundle = join(dir, 'colleague.marsad');
  // A colleague's library clipped the Russian piece before this library existed.
  const other = await open(join(dir, 'other'));
  await other.call('importText', { text: RUSSIAN });
  await other.call('exportBundle', { path: bundle, selection: {} });
  await other.backend.close();
  const { backend, call } = await open(join(dir, 'mine'));
  const lavrov = (await call<PersonView[]>('listPeople')).find((p) => p.name === 'سيرغي لافروف')!;
  await call('importBundle', { source: { path: bundle } });
  const after = await call<PersonView[]>('listPeople');
  const his = after.find((p) => p.aliases.includes('Сергей Лавров') || p.name === 'Сергей Лавров');
  assert.equal(his?.name, 'سيرغي لافروف', `listed: ${after.map((p) => p.name).join(', ')}`);
  assert.equal(his.id, lavrov.id);
  await backend.close();
});

test('people: a rename keeps the old name as an alias; "not a speaker" moves its quotes to Unattributed, across a reopen', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-quotes-'));
  let { backend, call } = await open(dir);
  const list = await call<PersonView[]>('listPeople');
  const lavrov = list.find((p) => p.name === 'سيرغي لافروف')!;
  const shaibani = list.find((p) => p.name === 'أسعد الشيباني')!;
  const unattributed = async () => (await call<{ total: number }>('personQuotes', { id: 'unattributed' })).total;
  const before = await unattributed();
  const renamed = await call<PersonView>('renamePerson', { id: lavrov.id, name: 'Sergei Lavrov' });
  assert.equal(renamed.name, 'Sergei Lavrov');
  assert.ok(renamed.aliases.includes('سيرغي لافروف'));
  assert.equal(renamed.quoteCount, lavrov.quoteCount);
  assert.deepEqual(await call('markNotSpeaker', { id: shaibani.id }), { id: shaibani.id });
  assert.equal(await unattributed(), before + shaibani.quoteCount);
  await assert.rejects(call('renamePerson', { id: 'p-none', name: 'x' }), /not-found/);
  await backend.close();
  ({ backend, call } = await open(dir));
  const again = await call<PersonView[]>('listPeople');
  assert.equal(again.find((p) => p.id === lavrov.id)?.name, 'Sergei Lavrov');
  assert.equal(again.find((p) => p.id === shaibani.id || p.name === 'أسعد الشيباني'), undefined);
  assert.equal(await unattributed(), before + shaibani.quoteCount);
  await backend.close();
});

test('reattributeInClip: all of one speaker\'s quotes in the clip get the new speaker at once, across a reopen', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-quotes-'));
  let { backend, call } = await open(dir);
  const id = (await call<ClipPage>('listClips', {})).items[0]!.id;
  const quotes = await call<QuoteView[]>('getQuotes', { id });
  const lavrov = quotes.filter((q) => q.speaker === 'سيرغي لافروف');
  const others = quotes.filter((q) => q.speaker !== 'سيرغي لافروف');
  assert.ok(lavrov.length > 1);
  const after = await call<QuoteView[]>('reattributeInClip', { clipId: id, personId: lavrov[0]!.personId, speaker: 'ميخائيل بوغدانوف' });
  assert.equal(after.filter((q) => q.speaker === 'ميخائيل بوغدانوف').length, lavrov.length);
  assert.ok(after.filter((q) => q.speaker === 'ميخائيل بوغدانوف').every((q) => q.state === 'corrected'));
  assert.deepEqual(after.filter((q) => q.speaker !== 'ميخائيل بوغدانوف').map((q) => q.speaker), others.map((q) => q.speaker));
  await assert.rejects(call('reattributeInClip', { clipId: id, personId: lavrov[0]!.personId, speaker: 'x' }), /not-found/);
  await backend.close();
  ({ backend, call } = await open(dir));
  const reopened = await call<QuoteView[]>('getQuotes', { id });
  assert.equal(reopened.filter((q) => q.speaker === 'ميخائيل بوغدانوف').length, lavrov.length);
  await backend.close();
});

test('undoSpeakerEdit: takes back a re-attribution, a "not a speaker" and a rename, newest first', async () => {
  const { backend, call } = await open(await mkdtemp(join(tmpdir(), 'marsad-quotes-')));
  const id = (await call<ClipPage>('listClips', {})).items[0]!.id;
  const before = await call<PersonView[]>('listPeople');
  const quotesBefore = await call<QuoteView[]>('getQuotes', { id });
  const lavrov = before.find((p) => p.name === 'سيرغي لافروف')!;
  const shaibani = before.find((p) => p.name === 'أسعد الشيباني')!;
  await call('renamePerson', { id: lavrov.id, name: 'Sergei Lavrov' });
  await call('markNotSpeaker', { id: shaibani.id });
  await call('reattributeInClip', { clipId: id, personId: lavrov.id, speaker: 'ميخائيل بوغدانوف' });
  assert.deepEqual(await call('undoSpeakerEdit'), { undone: true, left: 2 });
  assert.deepEqual((await call<QuoteView[]>('getQuotes', { id })).map((q) => q.speaker), quotesBefore.map((q) => q.speaker));
  await call('undoSpeakerEdit');
  assert.ok((await call<PersonView[]>('listPeople')).some((p) => p.id === shaibani.id));
  assert.deepEqual(await call('undoSpeakerEdit'), { undone: true, left: 0 });
  const after = await call<PersonView[]>('listPeople');
  assert.equal(after.find((p) => p.id === lavrov.id)?.name, 'سيرغي لافروف');
  assert.deepEqual(after.map((p) => [p.name, p.quoteCount]), before.map((p) => [p.name, p.quoteCount]));
  assert.deepEqual(await call('undoSpeakerEdit'), { undone: false, left: 0 });
  await backend.close();
});

test('speaker edits are in the app history: undo (Ctrl+Z) takes them back between tag edits, redo puts them back', async () => {
  const { backend, call } = await open(await mkdtemp(join(tmpdir(), 'marsad-quotes-')));
  const id = (await call<ClipPage>('listClips', {})).items[0]!.id;
  const before = await call<PersonView[]>('listPeople');
  const quotesBefore = await call<QuoteView[]>('getQuotes', { id });
  const lavrov = before.find((p) => p.name === 'سيرغي لافروف')!;
  await call('renamePerson', { id: lavrov.id, name: 'Sergei Lavrov' });
  await call('tagClips', { ids: [id], add: ['موسكو'] });
  await call('reattributeInClip', { clipId: id, personId: lavrov.id, speaker: 'ميخائيل بوغدانوف' });
  const state = await call<HistoryState>('historyState');
  assert.equal(state.undo?.kind, 'reattribute-quotes');
  assert.equal(state.undoDepth, 3);

  const undone = await call<Change>('undo');
  assert.deepEqual([undone.direction, undone.action.kind, undone.people, undone.clipIds], ['undo', 'reattribute-quotes', true, [id]]);
  assert.deepEqual((await call<QuoteView[]>('getQuotes', { id })).map((q) => q.speaker), quotesBefore.map((q) => q.speaker));
  assert.equal((await call<Change>('undo')).action.kind, 'tag-clips');
  const rename = await call<Change>('undo');
  assert.deepEqual([rename.action.kind, rename.action.tags, rename.people], ['rename-person', ['سيرغي لافروف', 'Sergei Lavrov'], true]);
  assert.equal((await call<PersonView[]>('listPeople')).find((p) => p.id === lavrov.id)?.name, 'سيرغي لافروف');

  assert.equal((await call<Change>('redo')).action.kind, 'rename-person');
  assert.equal((await call<PersonView[]>('listPeople')).find((p) => p.id === lavrov.id)?.name, 'Sergei Lavrov');
  await backend.close();
});

test('people: a near-identical copy of the same story counts its quotes once', async () => {
  const { backend, call } = await open(await mkdtemp(join(tmpdir(), 'marsad-quotes-')));
  const story = (title: string, tail: string) =>
    `${title}\n\nقال وزير المياه سليم حداد إن «الخزانات لم تمتلئ إلا إلى نصف طاقتها هذا العام».\n\nوأضاف حداد أن «التقنين سيبدأ في المدن الكبرى مطلع الشهر المقبل ويستثني المستشفيات».\n\nوتعاني البلاد من موسم جفاف هو الأسوأ منذ عقود بحسب خبراء الأرصاد الذين تابعوا معدلات الأمطار خلال السنوات العشر الأخيرة في مختلف المناطق.${tail}`;
  await call('importText', { text: story('وزارة المياه تمدد خطة التقنين', '') });
  await call('importText', { text: story('وزارة المياه تمدد خطة التقنين', ' وتتوقع الأرصاد أمطارا قليلة.') });
  const clips = await call<ClipPage>('listClips', { limit: 10 });
  const copies = clips.items.filter((c) => c.title.includes('المياه'));
  assert.equal(copies.length, 2);
  assert.ok(copies.every((c) => c.groupId !== null && c.groupSize === 2), 'the two captures are one near-duplicate group');
  const haddad = (await call<PersonView[]>('listPeople')).find((p) => p.name === 'سليم حداد')!;
  assert.equal(haddad.quoteCount, 2);
  const page = await call<{ quotes: PersonQuote[]; total: number }>('personQuotes', { id: haddad.id });
  assert.equal(page.total, 2);
  await backend.close();
});

test('people: a speaker assigned in one copy of a story takes the quote out of Unattributed for every copy', async () => {
  const { backend, call } = await open(await mkdtemp(join(tmpdir(), 'marsad-quotes-')));
  // Written for this test: an unnamed official's words, captured twice from two outlets.
  const words = 'الخطة قد تمدد حتى الربيع المقبل إذا استمر الجفاف';
  const story = (tail: string) =>
    `وزارة المياه تمدد خطة التقنين\n\nقال وزير المياه سليم حداد إن «الخزانات لم تمتلئ إلا إلى نصف طاقتها هذا العام».\n\nوقال مسؤول في الوزارة إن «${words}».\n\nوتعاني البلاد من موسم جفاف هو الأسوأ منذ عقود بحسب خبراء الأرصاد الذين تابعوا معدلات الأمطار خلال السنوات العشر الأخيرة.${tail}`;
  await call('importText', { text: story('') });
  await call('importText', { text: story(' وتتوقع الأرصاد أمطارا قليلة.') });
  const group = () => call<{ quotes: PersonQuote[]; total: number }>('personQuotes', { id: 'unattributed' });
  assert.deepEqual((await group()).quotes.map((q) => q.text), [words], 'listed once for the two copies');
  const copies = (await call<ClipPage>('listClips', { limit: 10 })).items.filter((c) => c.title.includes('المياه'));
  for (const copy of copies) {
    const q = (await call<QuoteView[]>('getQuotes', { id: copy.id })).find((x) => x.text === words)!;
    await call('decideQuote', { clipId: copy.id, start: q.start, end: q.end, text: q.text, decision: { speaker: 'سليم حداد' } });
    assert.equal((await group()).total, 0, `assigned in ${copy.id === copies[0]!.id ? 'the newest' : 'the older'} copy`);
    const haddad = (await call<PersonView[]>('listPeople')).find((p) => p.name === 'سليم حداد')!;
    assert.equal(haddad.quoteCount, 2, 'his own words and the assigned ones, each once');
    await call('decideQuote', { clipId: copy.id, start: q.start, end: q.end, text: q.text, decision: 'confirm' }); // unattributed again (confirmed as detected)
  }
  await backend.close();
});
