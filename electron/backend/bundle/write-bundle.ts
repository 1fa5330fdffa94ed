// Exports clips as one `.marsad` bundle (issue 15): records (each item's id, author, provenance and
// revision history filled in), each text once in bodies.json, and a manifest with counts
// and a SHA-256 per entry. Zipped with yazl (the writer by yauzl's author) and written atomically
// like a report. Reads the library; never changes it.
import { createHash, randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import yazl from 'yazl';
import {
  BODIES_NAME,
  BUNDLE_FORMAT,
  BUNDLE_FORMAT_VERSION,
  MANIFEST_NAME,
  RECORDS_NAME,
  type BundleManifest,
  type BundleRecords,
} from '../../../common/bundle/manifest.js';
import { authorOf, metaRevs, noteRevs } from '../../../common/bundle/ids.js';
import { ancestorsOf, tagKey } from '../../../common/tags/tag-name.js';
import type { LibraryFile, StoredClip } from '../../../common/library/schema.js';
import { AppFailure } from '../../../common/result.js';
import type { BodyStore } from '../store/body-store.js';
import { writeReportFile } from '../export/write-file.js';
import { IO_PARALLEL, mapLimit } from './map-limit.js';

// Every entry gets this time, so exporting the same clips twice gives the same entry bytes.
const ENTRY_TIME = new Date('2026-01-01T00:00:00Z');

export type BundleExport = { path: string; bundleId: string; bytes: number; counts: BundleManifest['counts']; ms: number };

/** A clip as a bundle carries it: no local batch or group, the file name without its folders. */
function exported(c: StoredClip, analyst: string): StoredClip {
  const by = <T extends { by?: string }>(x: T): T => ({ ...x, by: authorOf(x, analyst) });
  const { deletedAt: _d, ...rest } = c;
  return {
    ...rest,
    sourceFile: c.sourceFile ? basename(c.sourceFile) : null,
    batchId: null,
    groupId: null,
    by: authorOf(c, analyst),
    ...(c.note ? { noteBy: c.noteBy ?? authorOf({}, analyst), noteAt: c.noteAt ?? c.updatedAt } : {}),
    revs: { note: noteRevs(c), meta: metaRevs(c) },
    ...(c.highlights?.length ? { highlights: c.highlights.map(by) } : {}),
    ...(c.quoteDecisions?.length ? { quoteDecisions: c.quoteDecisions.map(by) } : {}),
  };
}

export function bundleRecords(data: LibraryFile, clips: StoredClip[], analyst: string): BundleRecords {
  const used = new Set<string>();
  for (const c of clips) for (const t of [...c.tags, ...(c.highlights ?? []).flatMap((h) => h.tags)]) for (const n of [...ancestorsOf(t), t]) used.add(tagKey(n));
  return {
    clips: clips.map((c) => exported(c, analyst)),
    tagDefs: data.tagDefs.filter((d) => used.has(tagKey(d.name))).map((d) => ({ ...d, by: authorOf(d, analyst) })),
    people: data.people.map((p) => ({ ...p, by: authorOf(p, analyst) })),
  };
}

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

// Entries go in as streams of this many bytes: yazl checksums a buffer (CRC-32, in JavaScript) in
// one go, which held the thread ~0.7 s for 30 MB of texts; chunk by chunk the window stays live.
const CHUNK = 1_048_576;

function* chunks(data: Buffer): Generator<Buffer> {
  for (let i = 0; i < data.length; i += CHUNK) yield data.subarray(i, i + CHUNK);
}

function zipOf(files: { name: string; data: Buffer }[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const f of files) zip.addReadStream(Readable.from(chunks(f.data)), f.name, { mtime: ENTRY_TIME, mode: 0o600, size: f.data.length });
  zip.end();
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    zip.outputStream.on('data', (c: Buffer) => out.push(c));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(Buffer.concat(out)));
  });
}

export type ExportInput = { data: LibraryFile; bodies: BodyStore; clips: StoredClip[]; analyst: string; selection: string; out: string; overwrite: boolean };

export async function writeBundle(input: ExportInput): Promise<BundleExport> {
  const started = Date.now();
  const records = bundleRecords(input.data, input.clips, input.analyst);
  const texts: Record<string, string> = {};
  const unique = [...new Map(input.clips.map((c) => [c.bodySha256, c])).values()];
  await mapLimit(unique, IO_PARALLEL, async (c) => {
    const text = await input.bodies.get(c.bodySha256);
    if (text === null) throw new AppFailure({ code: 'storage-io', message: `The text of "${c.title}" is missing from the library folder (bodies/${c.bodySha256}.txt); no bundle was written.` });
    texts[c.bodySha256] = text;
  });
  const files = [
    { name: RECORDS_NAME, data: Buffer.from(JSON.stringify(records)) },
    { name: BODIES_NAME, data: Buffer.from(JSON.stringify(texts)) },
  ];
  const counts = {
    clips: records.clips.length,
    tags: new Set(records.clips.flatMap((c) => c.tags.map(tagKey))).size,
    highlights: records.clips.reduce((n, c) => n + (c.highlights?.length ?? 0), 0),
    notes: records.clips.filter((c) => c.note).length,
    people: records.people.length,
    quoteDecisions: records.clips.reduce((n, c) => n + (c.quoteDecisions?.length ?? 0), 0),
  };
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_FORMAT_VERSION,
    bundleId: randomUUID(),
    analyst: authorOf({}, input.analyst),
    exportedAt: new Date().toISOString(),
    libraryId: input.data.libraryId,
    selection: input.selection,
    counts,
    entries: files.map((f) => ({ name: f.name, bytes: f.data.length, sha256: sha256(f.data) })),
  };
  const zip = await zipOf([{ name: MANIFEST_NAME, data: Buffer.from(JSON.stringify(manifest, null, 1)) }, ...files]);
  await writeReportFile(input.out, zip, { overwrite: input.overwrite });
  return { path: input.out, bundleId: manifest.bundleId, bytes: zip.length, counts, ms: Date.now() - started };
}
