// The bodies of recent result pages, kept in memory for snippets: a page is read again when the
// analyst pages, types another letter or changes a sidebar filter, and most hits repeat. Bodies
// are content-addressed (never modified), so an entry cannot go stale. Bounded by characters,
// least recently used out first. Must not be used to hold anything but body text by hash.

// About 600 bodies of 3,000 characters (a few MB).
const MAX_CHARS = 2_000_000;

export class BodyCache {
  private entries = new Map<string, string>();
  private chars = 0;

  constructor(
    private readonly read: (sha: string) => Promise<string | null>,
    private readonly maxChars = MAX_CHARS,
  ) {}

  /** The body with this hash ('' when it cannot be read: a snippet is then the empty text). */
  async get(sha: string): Promise<string> {
    const hit = this.entries.get(sha);
    if (hit !== undefined) {
      // Re-insert: a Map iterates in insertion order, so the first key is the least recent.
      this.entries.delete(sha);
      this.entries.set(sha, hit);
      return hit;
    }
    const body = await this.read(sha).catch(() => null);
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
