// saveBeforeQuit: saves and closes when it can; otherwise follows the prompts (wait, save a copy,
// quit anyway) and always releases the lock. A fake backend stands in for the disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saveBeforeQuit, shellQuitPrompts, UNATTENDED_WAITS, type QuitChoice } from './quit-save.js';

const fakeBackend = (failures: number, copy: (folder: string) => Promise<string> = async (f) => `${f}/copy`) => {
  const log: string[] = [];
  let left = failures;
  return {
    log,
    backend: {
      flush: async () => {
        log.push('flush');
        if (left-- > 0) throw Object.assign(new Error('raw'), { appError: { message: 'Marsad could not save the library: ENOSPC.' } });
      },
      close: async () => void log.push('close'),
      saveCopy: async (folder: string) => {
        log.push(`copy ${folder}`);
        return copy(folder);
      },
    },
  };
};
const prompts = (answers: QuitChoice[], folders: (string | null)[] = []) => {
  const asked: string[] = [];
  return { asked, ask: async (m: string) => (asked.push(m), answers.shift() ?? 'quit-anyway'), chooseFolder: async () => folders.shift() ?? null };
};

test('a library that saves is closed without a question', async () => {
  const { backend, log } = fakeBackend(0);
  const p = prompts([]);
  assert.deepEqual(await saveBeforeQuit(backend, p), { kind: 'saved' });
  assert.deepEqual(log, ['flush', 'close']);
  assert.deepEqual(p.asked, []);
});

test('"wait" tries again and quits saved once the disk takes the write', async () => {
  const { backend, log } = fakeBackend(2);
  const p = prompts(['wait', 'wait']);
  assert.deepEqual(await saveBeforeQuit(backend, p, { waitMs: 1 }), { kind: 'saved' });
  assert.deepEqual(log, ['flush', 'flush', 'flush', 'close']);
  assert.deepEqual(p.asked, ['Marsad could not save the library: ENOSPC.', 'Marsad could not save the library: ENOSPC.']);
});

test('"save a copy" writes the copy to the chosen folder, then releases the lock', async () => {
  const { backend, log } = fakeBackend(9);
  const p = prompts(['save-copy', 'save-copy'], [null, '/media/usb']);
  const outcome = await saveBeforeQuit(backend, p);
  assert.deepEqual(outcome, { kind: 'copied', to: '/media/usb/copy', message: 'Marsad could not save the library: ENOSPC.' });
  assert.deepEqual(log, ['flush', 'flush', 'copy /media/usb', 'close'], 'a cancelled folder choice asks again');
});

test('a copy that fails is said with the next question; "quit anyway" releases the lock', async () => {
  const { backend, log } = fakeBackend(9, async () => Promise.reject(Object.assign(new Error('x'), { appError: { message: 'No room there either.' } })));
  const p = prompts(['save-copy', 'quit-anyway'], ['/full']);
  const outcome = await saveBeforeQuit(backend, p);
  assert.equal(outcome.kind, 'abandoned');
  assert.equal(p.asked[1], 'Marsad could not save the library: ENOSPC. No room there either.');
  assert.deepEqual(log, ['flush', 'copy /full', 'flush', 'close']);
});

test('a flush that hangs counts as failed and the person is asked', async () => {
  const p = prompts(['quit-anyway']);
  const outcome = await saveBeforeQuit({ flush: () => new Promise<void>(() => {}), close: async () => {}, saveCopy: async () => '' }, p, { flushTimeoutMs: 20 });
  assert.equal(outcome.kind, 'abandoned');
  assert.match(p.asked[0]!, /did not finish saving/);
});

test('the unattended prompts wait, then save a copy in the rescue folder, then give up', async () => {
  const said: string[] = [];
  const p = shellQuitPrompts((l) => void said.push(l), '/rescue');
  const answers: string[] = [];
  for (let i = 0; i < UNATTENDED_WAITS; i++) answers.push(await p.ask('full'));
  answers.push(await p.ask('full'));
  assert.equal(await p.chooseFolder(), '/rescue');
  answers.push(await p.ask('full'));
  assert.deepEqual(answers, [...Array(UNATTENDED_WAITS).fill('wait'), 'save-copy', 'quit-anyway']);
  assert.equal(said.length, UNATTENDED_WAITS);
});
