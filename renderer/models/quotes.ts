// The open clip's quotes: loaded with the clip, the Quotes panel's open state, the quote whose
// popover shows, and the analyst's decisions (confirm / correct speaker / dismiss) sent through
// the bridge. Components read these signals and call these actions; none calls the bridge.
import { computed, signal } from '@preact/signals';
import type { ActionKind } from '../../common/annotation.js';
import type { QuoteDecision, QuoteView } from '../../common/quotes/views.js';
import { bridge } from '../services/bridge.js';
import { history } from './announce.js';
import { fromResult, LOADING, type Loadable } from './loadable.js';
import { mentionedPeople } from '../../common/quotes/mentioned-people.js';
import { showNotice } from './notice.js';

export const clipQuotes = signal<Loadable<QuoteView[]> | null>(null);
export const quotesPanelOpen = signal(false);
/** The Speakers view replaces the reader while open; opening a clip closes it. */
export const speakersOpen = signal(false);
/** A quote to scroll to and focus once its clip's highlights are drawn (from the Speakers view). */
export const pendingQuoteJump = signal<string | null>(null);
/** The quote whose popover is showing, and the element it belongs to (for placement). */
export const activeQuote = signal<{ quote: QuoteView; anchor: HTMLElement } | null>(null);

let loadedFor: string | null = null;
let generation = 0;

export async function loadQuotes(clipId: string): Promise<void> {
  const mine = ++generation;
  loadedFor = clipId;
  clipQuotes.value = LOADING;
  activeQuote.value = null;
  const answer = await bridge.getQuotes({ id: clipId });
  if (mine === generation) clipQuotes.value = fromResult(answer);
}

export function toggleQuotesPanel(): void {
  quotesPanelOpen.value = !quotesPanelOpen.value;
}

export async function decideQuote(q: QuoteView, decision: QuoteDecision): Promise<void> {
  if (!loadedFor) return;
  const answer = await bridge.decideQuote({ clipId: loadedFor, field: q.field, start: q.start, end: q.end, text: q.text, decision });
  if (!answer.ok) {
    showNotice(answer.error);
    return;
  }
  const current = clipQuotes.value;
  if (current?.status === 'ready') {
    clipQuotes.value = { status: 'ready', value: current.value.map((x) => (x.id === answer.value.id ? answer.value : x)) };
  }
  if (activeQuote.value?.quote.id === answer.value.id) activeQuote.value = { ...activeQuote.value, quote: answer.value };
}

const SPEAKER_KINDS = new Set<ActionKind>(['rename-person', 'merge-people', 'mark-not-speaker', 'edit-aliases', 'reattribute-quotes']);
/** Whether the app's next undo (Ctrl+Z) takes back a speaker edit (the Speakers view's Undo). */
export const speakerUndo = computed(() => SPEAKER_KINDS.has(history.value.undo?.kind as ActionKind));

/** Reads the app's undo history after a speaker edit, which answers with no Change of its own. */
export async function loadSpeakerHistory(): Promise<void> {
  const answer = await bridge.historyState();
  if (answer.ok) history.value = answer.value;
}

/** The open clip's quotes again (after an undo of a speaker edit), without a loading flash. */
export async function refreshQuotes(): Promise<void> {
  if (!loadedFor) return;
  const mine = ++generation;
  const answer = await bridge.getQuotes({ id: loadedFor });
  if (mine === generation && answer.ok) clipQuotes.value = { status: 'ready', value: answer.value };
}

/** The speaker picker's names: the open clip's speakers first, then the library's people the
 *  article names (`text`: its title and body), then the library's other people. */
export const pickerNames = signal<string[]>([]);

export async function loadPickerNames(text = ''): Promise<void> {
  const current = clipQuotes.value;
  const own = current?.status === 'ready' ? current.value.flatMap((q) => (q.speaker ? [q.speaker] : [])) : [];
  pickerNames.value = [...new Set(own)];
  const library = await bridge.listPeople();
  if (!library.ok) return;
  const named = mentionedPeople(text, library.value).map((p) => p.name);
  pickerNames.value = [...new Set([...own, ...named, ...library.value.map((p) => p.name)])];
}

/** Gives every quote of the quote's speaker in the open clip the new speaker at once. */
export async function reattributeAll(q: QuoteView, speaker: string): Promise<void> {
  if (!loadedFor || !q.personId) return;
  const answer = await bridge.reattributeInClip({ clipId: loadedFor, personId: q.personId, speaker });
  if (!answer.ok) {
    showNotice(answer.error);
    return;
  }
  clipQuotes.value = { status: 'ready', value: answer.value };
  activeQuote.value = null;
  await loadSpeakerHistory();
}
