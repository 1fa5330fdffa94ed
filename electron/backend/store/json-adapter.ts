// lowdb adapter for the library file: compact JSON written through writeFileAtomic.
// Reading distinguishes "missing" (null) from "unreadable" (throws the parse error), so the
// store can move a corrupt file aside instead of starting over it. It never repairs anything.
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write.js';

export class AtomicJsonFile<T> implements Adapter<T> {
  /** Bytes of the last successful write, for the benchmark and backups. */
  lastBytes = 0;

  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    // Compact, not pretty-printed: at 50k clips indentation alone costs megabytes per write.
    const text = JSON.stringify(data);
    await writeFileAtomic(this.path, text);
    this.lastBytes = Buffer.byteLength(text);
  }
}
