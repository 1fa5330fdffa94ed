// A person's quotes over time for the Speakers view (issue 14): the dates of all the chosen
// person's quotes (paged through personQuotes), bucketed like the list's timeline. Follows the
// chosen person and registry edits. Calls the personQuotes bridge call only.
import { effect, signal } from '@preact/signals';
import { buildTimeline, type Timeline } from '../../common/view/timeline.js';
import { bridge } from '../services/bridge.js';
import { chosenPerson, personQuotes } from './speakers.js';

export const speakerTimeline = signal<Timeline | null>(null);

// The contract's largest page of a person's quotes.
const PAGE = 500;
let generation = 0;

async function load(id: string): Promise<void> {
  const mine = ++generation;
  const days: string[] = [];
  for (let offset = 0; ; ) {
    const r = await bridge.personQuotes({ id, offset, limit: PAGE });
    if (mine !== generation) return;
    if (!r.ok) {
      speakerTimeline.value = null;
      return;
    }
    days.push(...r.value.quotes.map((q) => q.date.slice(0, 10)));
    offset += r.value.quotes.length;
    if (r.value.quotes.length === 0 || offset >= r.value.total) break;
  }
  speakerTimeline.value = buildTimeline(days);
}

// personQuotes is reloaded after every registry edit (rename, merge, not-a-speaker), so follow it.
effect(() => {
  const id = chosenPerson.value;
  if (personQuotes.value?.status !== 'ready' || !id) {
    speakerTimeline.value = null;
    return;
  }
  void load(id);
});
