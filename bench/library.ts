// Library benchmark: builds libraries of N generated clips (written the way the store writes
// them), then measures opening (to a first list page), persisting one tag change, how long the
// caller waits for it, and the size on disk. Prints figures; asserts nothing.
import { mkdtemp, rm, writeFile, mkdir, stat, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import { openBackend } from '../electron/backend/index.js';
import { emptyLibrary, type StoredClip } from '../common/library/schema.js';
import { generateClips, type GeneratedClip } from './corpus.js';
import { shardName, splitLibrary } from '../common/library/layout.js';

export type LibraryFigures = {
  clips: number;
  openMs: number;
  tagChangeReturnMs: number;
  tagChangePersistMs: number;
  /** The session's first change also takes the session-start backup copy. */
  firstTagChangePersistMs: number;
  /** library.json plus every clip shard: the metadata a reader must parse. */
  libraryFileBytes: number;
  /** The most one tag change has to rewrite. */
  largestShardBytes: number;
  bodiesBytes: number;
  buildMs: number;
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? await dirBytes(p) : (await stat(p)).size;
  }
  return total;
}

/** Writes library.json and the body files directly: setup, not measured. */
export async function buildLibrary(dir: string, n: number, clips: Iterable<GeneratedClip> = generateClips(n)): Promise<void> {
  const data = emptyLibrary(new Date().toISOString(), randomUUID());
  let i = 0;
  const made = new Set<string>();
  for (const g of clips) {
    const sha = createHash('sha256').update(g.body, 'utf8').digest('hex');
    const sub = join(dir, 'bodies', sha.slice(0, 2));
    if (!made.has(sub)) {
      await mkdir(sub, { recursive: true });
      made.add(sub);
    }
    await writeFile(join(sub, `${sha}.txt`), g.body);
    const clip: StoredClip = {
      id: `b${(i++).toString(36).padStart(6, '0')}`,
      title: g.title, source: g.source, url: `https://news.example/${i}`, author: null, lang: 'ar',
      publishedAt: g.capturedAt.slice(0, 10), capturedAt: g.capturedAt, updatedAt: g.capturedAt,
      bodySha256: sha, bodyLength: g.body.length, tags: g.tags,
      sourceFile: null, batchId: null, groupId: null, related: [],
    };
    data.clips.push(clip);
  }
  const { meta, shards } = splitLibrary(data);
  await mkdir(join(dir, 'clips'), { recursive: true });
  for (const [n, shard] of shards.entries()) await writeFile(join(dir, 'clips', shardName(n)), JSON.stringify(shard));
  await writeFile(join(dir, 'library.json'), JSON.stringify(meta));
}

export async function benchLibrary(n: number): Promise<LibraryFigures> {
  const dir = await mkdtemp(join(tmpdir(), `marsad-bench-${n}-`));
  try {
    let t = performance.now();
    await buildLibrary(dir, n);
    const buildMs = performance.now() - t;
    const opts = { dataDir: dir, holder: 'bench' as const, host: 'cli' as const, systemLocale: 'ar', version: 'bench' };

    t = performance.now();
    const backend = await openBackend(opts);
    const page = await backend.handlers.listClips({ limit: 100 });
    await backend.handlers.facets();
    const openMs = performance.now() - t;
    if (!page.ok || page.value.total !== n) throw new Error('library did not open with every clip');

    const returns: number[] = [];
    const persists: number[] = [];
    for (let k = 0; k < 7; k++) {
      const id = page.value.items[k]!.id;
      t = performance.now();
      const r = await backend.handlers.setClipTags({ id, tags: ['قيد المتابعة', `bench-${k}`] });
      returns.push(performance.now() - t);
      await backend.flush();
      persists.push(performance.now() - t);
      if (!r.ok) throw new Error(r.error.message);
    }
    await backend.close();
    return {
      clips: n,
      openMs,
      tagChangeReturnMs: median(returns),
      tagChangePersistMs: median(persists),
      firstTagChangePersistMs: persists[0]!,
      libraryFileBytes: (await stat(join(dir, 'library.json'))).size + (await dirBytes(join(dir, 'clips'))),
      largestShardBytes: Math.max(...(await Promise.all((await readdir(join(dir, 'clips'))).map(async (f) => (await stat(join(dir, 'clips', f))).size)))),
      bodiesBytes: await dirBytes(join(dir, 'bodies')),
      buildMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
