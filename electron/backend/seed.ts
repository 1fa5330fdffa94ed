// First run: loads the bundled sample article (the Syria–Russia piece) into a new library, so a
// new user sees a real article at once. A missing seed file is not an error: the library
// simply starts empty.
import { readFile } from 'node:fs/promises';
import { splitPlainText } from '../../common/text/plain-text.js';
import { addClip } from './clips.js';
import type { LibraryStore } from './store/library-store.js';

export async function seedLibrary(store: LibraryStore, seedFile: string): Promise<void> {
  let raw: string;
  try {
    raw = await readFile(seedFile, 'utf8');
  } catch {
    return;
  }
  const { title, body, header } = splitPlainText(raw);
  await addClip(store, {
    title,
    body,
    source: header.source ?? null,
    url: header.url ?? null,
    author: header.author ?? null,
    publishedAt: header.date ?? null,
  });
}
