// The Speakers view: the people registry with quote counts, the Unattributed group (quotes no one
// is named for), one chosen person's quotes across the library (newest first), and opening a quote
// at its place in its clip. Components read these signals and call these actions; none calls the bridge.
import { signal } from '@preact/signals';
import { UNATTRIBUTED_ID, type PersonQuote, type PersonView } from '../../common/quotes/views.js';
import { quoteId } from '../../common/quotes/decisions.js';
import { bridge } from '../services/bridge.js';
import { fromResult, LOADING, type Loadable } from './loadable.js';
import { loadSpeakerHistory, pendingQuoteJump, quotesPanelOpen, speakerUndo, speakersOpen } from './quotes.js';

export { speakersOpen, speakerUndo };
import { openClip } from './reader.js';
import { paneView } from './pane-view.js';

export const people = signal<Loadable<PersonView[]>>(LOADING);
/** How many quotes are in the Unattributed group (null until known). */
export const unattributedCount = signal<number | null>(null);
export { UNATTRIBUTED_ID };
export const chosenPerson = signal<string | null>(null);
export const personQuotes = signal<Loadable<{ person: PersonView; quotes: PersonQuote[]; total: number }> | null>(null);

let generation = 0;

export async function openSpeakers(): Promise<void> {
  paneView.value = null;
  speakersOpen.value = true;
  people.value = LOADING;
  unattributedCount.value = null;
  const [list, group] = await Promise.all([bridge.listPeople(), bridge.personQuotes({ id: UNATTRIBUTED_ID, limit: 1 })]);
  people.value = fromResult(list);
  unattributedCount.value = group.ok ? group.value.total : null;
}

export function closeSpeakers(): void {
  speakersOpen.value = false;
}

export async function choosePerson(id: string): Promise<void> {
  const mine = ++generation;
  chosenPerson.value = id;
  personQuotes.value = LOADING;
  const answer = await bridge.personQuotes({ id, limit: 200 });
  if (mine === generation) personQuotes.value = fromResult(answer);
}

/** Opens the quote's clip in the reader with the Quotes panel, and jumps to the quote. */
export async function openPersonQuote(q: PersonQuote): Promise<void> {
  speakersOpen.value = false;
  quotesPanelOpen.value = true;
  pendingQuoteJump.value = quoteId(q);
  await openClip(q.clipId);
}

/** Reloads the list and the group count after a registry edit, then shows `id` (or nothing). */
async function refresh(id: string | null): Promise<void> {
  const [list, group] = await Promise.all([bridge.listPeople(), bridge.personQuotes({ id: UNATTRIBUTED_ID, limit: 1 })]);
  people.value = fromResult(list);
  unattributedCount.value = group.ok ? group.value.total : null;
  if (id) await choosePerson(id);
  else {
    chosenPerson.value = null;
    personQuotes.value = null;
  }
}

/** Bumped once a registry edit, undo or redo has been shown: the view then gives focus back to the
 *  chosen entry if the change removed the control that had it (a merged or "not a speaker" entry's
 *  actions, the undo button once nothing is left to undo). */
export const speakersRefreshed = signal(0);

/** The last registry edit's failure, shown beside the actions (null when the last one worked). */
export const editError = signal<string | null>(null);

async function edit(run: () => Promise<{ ok: boolean; error?: { message: string } }>, next: string | null): Promise<void> {
  const r = await run();
  editError.value = r.ok ? null : (r.error?.message ?? null);
  if (r.ok) {
    await Promise.all([loadSpeakerHistory(), refresh(next)]);
    speakersRefreshed.value++;
  }
}

export const renamePerson = (id: string, name: string) => edit(() => bridge.renamePerson({ id, name }), id);
export const mergePerson = (from: string, into: string) => edit(() => bridge.mergePeople({ from, into }), into);
/** The entry is not a speaker: its quotes move to the Unattributed group, which is shown next. */
export const markNotSpeaker = (id: string) => edit(() => bridge.markNotSpeaker({ id }), UNATTRIBUTED_ID);

/** After an undo or redo that touched speakers: the list and the chosen entry as they are now. */
export async function refreshSpeakers(): Promise<void> {
  if (!speakersOpen.value) return;
  const id = chosenPerson.value;
  const list = await bridge.listPeople();
  const known = list.ok && (id === UNATTRIBUTED_ID || list.value.some((p) => p.id === id));
  await refresh(known ? id : null);
  speakersRefreshed.value++;
}
