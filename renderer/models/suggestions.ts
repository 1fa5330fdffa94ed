// Autocomplete under the search box: suggestions for the word at the caret (tag: and source:
// fragments ask for tags or sources only), which one is active, and picking one. Later wins.
import { signal } from '@preact/signals';
import type { Suggestion } from '../../common/search/types.js';
import { bridge } from '../services/bridge.js';
import { applySuggestion, tokenAt, type Token } from '../../common/view/query-token.js';

// A dropdown of eight fits under the box without scrolling.
const SUGGESTION_LIMIT = 8;

export const suggestions = signal<Suggestion[]>([]);
export const activeSuggestion = signal(-1);

let token: Token | null = null;
let generation = 0;

export async function loadSuggestions(query: string, caret: number): Promise<void> {
  const mine = ++generation;
  token = tokenAt(query, caret);
  if (!token || token.fragment.length < 2) return closeSuggestions();
  const filter = token.filter;
  const answer = await bridge.suggest({ prefix: token.fragment, limit: filter ? SUGGESTION_LIMIT * 2 : SUGGESTION_LIMIT });
  if (mine !== generation) return;
  const list = answer.ok ? answer.value.filter((s) => !filter || s.kind === filter).slice(0, SUGGESTION_LIMIT) : [];
  suggestions.value = list;
  activeSuggestion.value = -1;
}

export function closeSuggestions(): void {
  generation++;
  suggestions.value = [];
  activeSuggestion.value = -1;
}

/** Arrow keys: +1 down, -1 up, wrapping; -1 means none (the box itself). */
export function moveSuggestion(step: 1 | -1): void {
  const n = suggestions.value.length;
  if (n === 0) return;
  const at = activeSuggestion.value + step;
  activeSuggestion.value = at < -1 ? n - 1 : at >= n ? -1 : at;
}

/** The query after choosing suggestion `index`, or null when there is none to choose. */
export function pickSuggestion(query: string, index: number): { query: string; caret: number; picked: Suggestion } | null {
  const picked = suggestions.value[index];
  if (!picked || !token) return null;
  closeSuggestions();
  return { ...applySuggestion(query, token, picked), picked };
}
