// The list snippet: the first paragraph of the text, skipping one that only repeats the title
// (files whose second line is the headline again), whitespace folded, long ones cut with "…".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snippetOf } from './clip-views.js';

// Written for this test.
const TITLE = 'افتتاح رصيف جديد في الميناء';

test('snippet: a paragraph that repeats the title is skipped', () => {
  for (const body of [`${TITLE}\n${TITLE}\n\nبدأ الرصيف   الجديد استقبال السفن.\n`, `${TITLE}\n\n${TITLE}\n\nبدأ الرصيف الجديد استقبال السفن.\n`]) {
    assert.equal(snippetOf(body, TITLE), 'بدأ الرصيف الجديد استقبال السفن.');
  }
});

test('snippet: without a repeat, the first paragraph; a body that is only the title still shows it', () => {
  assert.equal(snippetOf(`${TITLE}\n\nبدأ الرصيف الجديد استقبال السفن.\n`, TITLE), 'بدأ الرصيف الجديد استقبال السفن.');
  assert.equal(snippetOf('A port opens\n\nThe new quay took its first ship.\n', 'Other title'), 'A port opens');
  assert.equal(snippetOf(`${TITLE}\n`, TITLE), TITLE);
  const long = snippetOf(`T\n\n${'كلمة '.repeat(100)}`, 'T');
  assert.ok(long.endsWith('…') && long.length <= 220);
});
