// Guards QUOTE_ENGINE_VERSION: detected quotes are cached on disk under that version, so a change
// to the engine's sources without a new version would serve quotes from the old rules. When this
// fails: bump QUOTE_ENGINE_VERSION in version.ts and ADD a line for the new version below (never
// edit an existing line) with the hash the failure prints.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { QUOTE_ENGINE_VERSION } from './version.js';

const SOURCES_BY_VERSION: Record<number, string> = {
  2: '344da0ab8c98688ff1dc161f46c38f9f8f4d78cfb03f345ef5ac05654b5ace63',
  3: 'b1c4035395fd2429beb1cd4b6d8a67a698416ae8401e775d67abb725fc639f01',
  4: '797b33761e322b412289889f6f906427708ea7a56bff4788cc6b0eb13c842ffa',
};

test('the quote engine version changes whenever its sources do', () => {
  const dir = new URL('.', import.meta.url).pathname;
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts') && n !== 'version.ts').sort()) {
    hash.update(`${name}\n`).update(readFileSync(`${dir}${name}`, 'utf8').replace(/\r\n/g, '\n'));
  }
  const now = hash.digest('hex');
  assert.equal(
    SOURCES_BY_VERSION[QUOTE_ENGINE_VERSION],
    now,
    `common/quotes changed since version ${QUOTE_ENGINE_VERSION} was recorded: bump QUOTE_ENGINE_VERSION and add "${QUOTE_ENGINE_VERSION + 1}: '${now}'" here.`,
  );
});
