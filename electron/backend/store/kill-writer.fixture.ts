// Test helper process for the crash test: opens a library, then makes tag changes (argv[3] of them,
// default 100), each flushed, printing "ack N" only after change N is on disk. The test SIGKILLs it
// mid-way; it asks for far more changes than it waits for, so the kill always lands mid-stream.
import { LibraryStore } from './library-store.js';
import { addClip } from '../clips.js';

const dir = process.argv[2]!;
const writes = Number(process.argv[3] ?? 100);
const store = await LibraryStore.open({ dataDir: dir, holder: 'test', writeDelayMs: 0 });
if (store.data.clips.length === 0) {
  await addClip(store, { title: 'crash test', body: 'نص تجريبي للاختبار.\n'.repeat(200) });
}
await store.flush();
const clip = store.data.clips[0]!;
for (let i = 0; i < writes; i++) {
  store.mutate(
    () => {
      clip.tags.push(`write-${i}`);
    },
    { clips: [clip] },
  );
  // A second, unflushed change in the same burst: it may or may not survive, but must never corrupt.
  store.mutate(
    (d) => {
      d.settings.locale = i % 2 ? 'ar' : 'en';
    },
    { meta: true },
  );
  await store.flush();
  process.stdout.write(`ack ${i}\n`);
}
await store.close();
