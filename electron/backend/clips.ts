// Creating clips: store the body content-addressed, then add the metadata record. The body is
// never changed afterwards. Used by first-run seeding and by the importers (electron/backend/import).
import { randomBytes } from 'node:crypto';
import type { Lang } from '../../common/domain.js';
import type { StoredClip } from '../../common/library/schema.js';
import { detectLanguage } from '../../common/text/language.js';
import type { LibraryStore } from './store/library-store.js';

export type NewClip = {
  title: string;
  body: string;
  source?: string | null;
  url?: string | null;
  author?: string | null;
  lang?: Lang;
  publishedAt?: string | null;
  tags?: string[];
  capturedAt?: string;
  sourceFile?: string | null;
  batchId?: string | null;
  groupId?: string | null;
  related?: { title: string; url: string | null }[];
};

/** `taken` answers "is this id in use?" in O(1); importers pass their own so a batch stays linear. */
/** `deferSync`: the body is synced by the store's next write instead of now (bulk imports). */
export type AddOptions = { taken?: (id: string) => boolean; deferSync?: boolean };

// 10 base-32 characters = 50 random bits: short enough to type in the CLI, collision-free at
// any library size a desk will reach (checked against existing ids anyway).
const ID_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export function newClipId(taken: (id: string) => boolean): string {
  for (;;) {
    const bytes = randomBytes(10);
    let id = '';
    for (const b of bytes) id += ID_ALPHABET[b % ID_ALPHABET.length];
    if (!taken(id)) return id;
  }
}

/** Tags as stored: NFC, trimmed, inner whitespace collapsed, duplicates dropped, order kept. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const clean = t.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (clean && !out.includes(clean)) out.push(clean);
  }
  return out;
}

export async function addClip(store: LibraryStore, input: NewClip, opts: AddOptions = {}): Promise<StoredClip> {
  const sha = opts.deferSync ? await store.bodies.putDeferred(input.body) : await store.bodies.put(input.body);
  const now = new Date().toISOString();
  let taken = opts.taken;
  if (!taken) {
    const ids = new Set(store.data.clips.map((c) => c.id));
    taken = (id) => ids.has(id);
  }
  const clip: StoredClip = {
    id: newClipId(taken),
    title: input.title.trim() || input.body.trim().split('\n', 1)[0]!.slice(0, 200),
    source: input.source ?? null,
    url: input.url ?? null,
    author: input.author ?? null,
    lang: input.lang ?? detectLanguage(input.body),
    publishedAt: input.publishedAt ?? null,
    capturedAt: input.capturedAt ?? now,
    updatedAt: now,
    bodySha256: sha,
    bodyLength: input.body.length,
    tags: normalizeTags(input.tags ?? []),
    sourceFile: input.sourceFile ?? null,
    batchId: input.batchId ?? null,
    groupId: input.groupId ?? null,
    related: input.related ?? [],
  };
  store.mutate(
    (d) => {
      d.clips.push(clip);
    },
    { clips: [clip], membership: true },
  );
  return clip;
}
