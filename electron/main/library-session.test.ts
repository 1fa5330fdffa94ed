// Tests for switching libraries: calls follow the open library, the old one is closed only after
// the new one opened, a failed open or unsaved changes leave everything as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Backend } from '../backend/types.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LibrarySession, folderKind } from './library-session.js';

function fakeBackend(name: string, log: string[], failure: string | null = null): Backend {
  return {
    handlers: new Proxy({}, { get: (_t, call) => async () => ({ ok: true, value: `${name}:${String(call)}` }) }) as Backend['handlers'],
    flush: async () => void log.push(`${name} flush`),
    close: async () => void log.push(`${name} close`),
    saveFailure: () => (failure ? { reason: 'disk-full', message: failure } : null),
    saveCopy: async () => '',
  };
}

test('a switch opens the other folder, then closes this one; calls follow', async () => {
  const log: string[] = [];
  const session = new LibrarySession(fakeBackend('A', log), '/libs/a', async (dir) => (log.push(`open ${dir}`), fakeBackend('B', log)));
  assert.deepEqual(await session.handlers.listClips({}), { ok: true, value: 'A:listClips' });
  assert.deepEqual(await session.switchTo('/libs/b/'), { kind: 'switched', dataDir: '/libs/b' });
  assert.deepEqual(log, ['open /libs/b', 'A close']);
  assert.equal(session.dataDir, '/libs/b');
  assert.deepEqual(await session.handlers.listClips({}), { ok: true, value: 'B:listClips' });
  await session.current.flush();
  assert.equal(log.at(-1), 'B flush');
  assert.deepEqual(await session.switchTo('/libs/b'), { kind: 'same' });
});

test('a folder that cannot be opened, or unsaved changes here, leave the app on this library', async () => {
  const log: string[] = [];
  const locked = new LibrarySession(fakeBackend('A', log), '/libs/a', async () => null);
  assert.deepEqual(await locked.switchTo('/libs/b'), { kind: 'failed' });
  assert.equal(locked.dataDir, '/libs/a');
  assert.deepEqual(log, []);
  const full = new LibrarySession(fakeBackend('A', log, 'The disk is full.'), '/libs/a', async () => {
    throw new Error('must not open');
  });
  assert.deepEqual(await full.switchTo('/libs/b'), { kind: 'unsaved', message: 'The disk is full.' });
  assert.deepEqual(await full.handlers.listClips({}), { ok: true, value: 'A:listClips' });
});

test('a chosen folder is a library, empty (a new one starts there), or someone else’s files', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'marsad-folder-kind-'));
  try {
    const lib = path.join(root, 'lib');
    const empty = path.join(root, 'empty');
    const docs = path.join(root, 'docs');
    for (const d of [lib, empty, docs]) mkdirSync(d);
    writeFileSync(path.join(lib, 'library.json'), '{}');
    writeFileSync(path.join(empty, '.DS_Store'), '');
    writeFileSync(path.join(docs, 'tax-2025.pdf'), '');
    assert.equal(folderKind(lib), 'library');
    assert.equal(folderKind(empty), 'empty');
    assert.equal(folderKind(path.join(root, 'not-yet')), 'empty');
    assert.equal(folderKind(docs), 'other');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
