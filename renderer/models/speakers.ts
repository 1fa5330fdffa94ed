// The Speakers view: the people registry with quote counts, one chosen person's quotes across
// the library (newest first), and opening a quote at its place in its clip. Components read
// these signals and call these actions; none calls the bridge.
import { signal } from '@preact/signals';
import type { PersonQuote, PersonView } from '../../common/quotes/views.js';
import { quoteId } from '../../common/quotes/decisions.js';
import { bridge } from '../services/bridge.js';
import { fromResult, LOADING, type Loadable } from './loadable.js';
import { pendingQuoteJump, quotesPanelOpen, speakersOpen } from './quotes.js';

export { speakersOpen };
import { openClip } from './reader.js';
import { paneView } from './pane-view.js';

export const people = signal<Loadable<PersonView[]>>(LOADING);
export const chosenPerson = signal<string | null>(null);
export const personQuotes = signal<Loadable<{ person: PersonView; quotes: PersonQuote[]; total: number }> | null>(null);

let generation = 0;

export async function openSpeakers(): Promise<void> {
  paneView.value = null;
  speakersOpen.value = true;
  people.value = LOADING;
  people.value = fromResult(await bridge.listPeople());
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
