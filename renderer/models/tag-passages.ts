// The passages under the tag the list is filtered by (listHighlights {tag}), shown above the
// list so a highlight is found "under its tag". Later answers win over earlier ones.
import { signal } from '@preact/signals';
import type { HighlightPage } from '../../common/annotation.js';
import { bridge } from '../services/bridge.js';
import { clipFilter } from './clips.js';
import { fromResult, type Loadable } from './loadable.js';

// A tag's passages are read a page at a time, like the list; a tag with more shows a count.
const PASSAGE_PAGE = 100;

export const tagPassages = signal<Loadable<HighlightPage> | null>(null);

let generation = 0;

export async function refreshTagPassages(): Promise<void> {
  const mine = ++generation;
  const f = clipFilter.value;
  if (f?.kind !== 'tag') {
    tagPassages.value = null;
    return;
  }
  const answer = await bridge.listHighlights({ tag: f.name, limit: PASSAGE_PAGE });
  if (mine === generation) tagPassages.value = fromResult(answer);
}

clipFilter.subscribe(() => void refreshTagPassages());
