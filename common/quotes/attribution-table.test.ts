// Shared runner of the attribution table tests (it holds no tests itself): runs an article (title
// line first) through detectQuotes and compares its direct quotes and speakers with a table.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Lang } from '../domain.js';
import { splitPlainText } from '../text/plain-text.js';
import { parseBlocks } from '../text/structure.js';
import { detectQuotes, type Quote } from './index.js';

export const run = (raw: string, lang: Lang): Quote[] => {
  const { title, body } = splitPlainText(raw);
  return detectQuotes({ title, body, blocks: parseBlocks(body), lang });
};
const edge = /^[\s.,،:;!?"“”«»'‘’—-]+|[\s.,،:;!?"“”«»'‘’—-]+$/gu;
const clean = (s: string) => s.replace(edge, '');

/** [name, lang, article (title line first), expected [quoted text, speaker, kind?]] */
export type Case = [string, Lang, string, [string, string | null, string?][]];

/** One test per case: the article's direct quotes, in order, with these speakers and kinds. */
export function directCases(cases: Case[]): void {
  for (const [name, lang, raw, want] of cases) {
    test(`attribution: ${name}`, () => {
      const got = run(raw, lang).filter((q) => q.kind !== 'indirect');
      assert.deepEqual(
        got.map((q) => [clean(q.text), q.speaker, q.kind]),
        want.map(([t, s, k]) => [t, s, k ?? 'direct']),
      );
    });
  }
}
