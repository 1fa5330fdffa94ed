// The quote and people calls against a real temp library seeded with the Syria–Russia piece:
// quotes carry decisions and speaker colours, decisions persist beside the text (and survive a
// reopen) without touching the body, and the registry merges and edits aliases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend } from '../index.js';
import { dispatch } from '../../../common/ipc/dispatch.js';
import type { ClipDetail, ClipPage } from '../../../common/domain.js';
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
