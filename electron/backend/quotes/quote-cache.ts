// Detected quotes per clip, computed on demand and cached in memory by body SHA-256, title and
// engine version. Derived data only: nothing here is written to the library (the shards carry
// just the analyst's decisions). Reads bodies through the store; CPU otherwise.
import { detectQuotes, QUOTE_ENGINE_VERSION, type Quote } from '../../../common/quotes/index.js';
import type { StoredClip } from '../../../common/library/schema.js';
import { parseBlocks } from '../../../common/text/structure.js';
import { fail } from '../../../common/result.js';
import type { LibraryStore } from '../store/library-store.js';

// Why: a year's library is ~50k clips at a few hundred bytes of quotes each, a few tens of MB;
// past this many entries the oldest are dropped and recomputed on need (~2 ms each).
const MAX_ENTRIES = 60_000;

export class QuoteCache {
  private readonly map = new Map<string, Quote[]>();

  constructor(private readonly store: LibraryStore) {}

  async body(clip: StoredClip): Promise<string> {
    const body = await this.store.bodies.get(clip.bodySha256);
    if (body === null) fail('storage-io', `The text of "${clip.title}" is missing from the library folder (bodies/${clip.bodySha256}.txt).`);
    return body!;
  }

  async quotes(clip: StoredClip): Promise<Quote[]> {
    const key = `${QUOTE_ENGINE_VERSION}:${clip.bodySha256}:${clip.lang}:${clip.title}`;
    const hit = this.map.get(key);
    if (hit) return hit;
    const body = await this.body(clip);
    const found = detectQuotes({ title: clip.title, body, blocks: parseBlocks(body), lang: clip.lang });
    if (this.map.size >= MAX_ENTRIES) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, found);
    return found;
  }
}
