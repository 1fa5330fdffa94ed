// Checks the autocomplete token finder and the query rewrite on Arabic and Latin queries.
import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { test } from 'node:test';
import { applySuggestion, tokenAt } from './query-token.js';

test('tokenAt: a plain word, a filter, and after a space', () => {
  deepStrictEqual(tokenAt('سوريا لافر', 10), { start: 6, end: 10, filter: null, fragment: 'لافر' });
  deepStrictEqual(tokenAt('x tag:Syr', 9), { start: 2, end: 9, filter: 'tag', fragment: 'Syr' });
  deepStrictEqual(tokenAt('-source:"BB', 11), { start: 0, end: 11, filter: 'source', fragment: 'BB' });
  strictEqual(tokenAt('لافروف ', 7), null);
});

test('applySuggestion: completes tags with quotes when spaced, keeps negation and the rest', () => {
  const q = 'x tag:Syr y';
  const tok = tokenAt(q, 9)!;
  deepStrictEqual(applySuggestion(q, tok, { kind: 'tag', text: 'Syria news', count: 2 }), { query: 'x tag:"Syria news" y', caret: 19 });
  const n = '-sour';
  deepStrictEqual(applySuggestion(n, tokenAt(n, 5)!, { kind: 'source', text: 'SANA', count: 1 }), { query: '-source:SANA ', caret: 13 });
  const w = 'لافر';
  deepStrictEqual(applySuggestion(w, tokenAt(w, 4)!, { kind: 'word', text: 'لافروف', count: 3 }), { query: 'لافروف ', caret: 7 });
});
