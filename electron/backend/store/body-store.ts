// Content-addressed article bodies: `bodies/<first two hex>/<sha256>.txt`, UTF-8, written once
// and never modified (captured text is immutable). The library file holds only the hash.
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

export class BodyStore {
  constructor(readonly dir: string) {}

  pathOf(sha: string): string {
    return join(this.dir, sha.slice(0, 2), `${sha}.txt`);
  }

  /** Stores the text if absent; returns its SHA-256. Durable when the promise resolves. */
  async put(text: string, knownSha?: string): Promise<string> {
    const sha = knownSha ?? sha256Hex(text);
    const path = this.pathOf(sha);
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await mkdir(join(this.dir, sha.slice(0, 2)), { recursive: true });
      await writeFileAtomic(path, text);
    }
    return sha;
  }

  /** The stored text, or null when the file is missing (reported by the caller, never hidden). */
  async get(sha: string): Promise<string | null> {
    try {
      return await readFile(this.pathOf(sha), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }
}
