// The bodies of recent result pages, kept in memory for snippets: a page is read again when the
// analyst pages, types another letter or changes a sidebar filter, and most hits repeat. Bodies
// are content-addressed (never modified), so an entry cannot go stale. Bounded by characters,
// least recently used out first. Must not be used to hold anything but body text by hash, and
// must not write: the store owns the files.

import { readFileSync } from 'node:fs';
import type { BodyStore } from '../store/body-store.js';

// About 600 bodies of 3,000 characters (a few MB).
const MAX_CHARS = 2_000_000;

export class BodyCache {
  private entries = new Map<string, string>();
  private chars = 0;

  constructor(
    private readonly read: (sha: string, chars: number) => Promise<string | null>,
    private readonly maxChars = MAX_CHARS,
  ) {}

  /** The body with this hash ('' when it cannot be read: a snippet is then the empty text). */
  async get(sha: string, chars = Infinity): Promise<string> {
    const hit = this.entries.get(sha);
    if (hit !== undefined) {
      // Re-insert: a Map iterates in insertion order, so the first key is the least recent.
      this.entries.delete(sha);
      this.entries.set(sha, hit);
      return hit;
    }
    const body = await this.read(sha, chars).catch(() => null);
    if (body === null) return '';
    if (body.length <= this.maxChars && !this.entries.has(sha)) {
      this.entries.set(sha, body);
      this.chars += body.length;
      for (const [k, v] of this.entries) {
        if (this.chars <= this.maxChars) break;
        this.entries.delete(k);
        this.chars -= v.length;
      }
    }
    return body;
  }

  get size(): number {
    return this.entries.size;
  }
}

// Bodies up to this many UTF-8 bytes are read synchronously: one system call instead of four
// thread-pool round trips per file, which for a page of 20 news bodies cost more main-thread time
// (and, under load, far more waiting) than the ~0.1 ms each blocking read takes. As import/sources.ts.
const SYNC_READ_MAX = 256 * 1024;

/**
 * Reads a body of `chars` characters: small ones straight from the file, the rest — and any
 * that cannot be read that way, such as a body whose deferred write has not landed — through
 * the store.
 */
export const bodyReader =
  (bodies: BodyStore) =>
  async (sha: string, chars: number): Promise<string | null> => {
    // An Arabic or Cyrillic character is 2 UTF-8 bytes, a few rare ones 3.
    if (chars * 3 <= SYNC_READ_MAX) {
      try {
        return readFileSync(bodies.pathOf(sha), 'utf8');
      } catch {
        // Fall through to the store, which serves pending writes and reports what is missing.
      }
    }
    return bodies.get(sha);
  };
