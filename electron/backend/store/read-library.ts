// Reads a library folder (library.json + clips/NN.json) into the logical library and says
// exactly what is wrong when it cannot: unparsable JSON, a missing or bad shard, a newer schema.
// Reads only; never moves, repairs or writes anything.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrate, versionOf } from '../../../common/library/migrations.js';
import { joinLibrary, metaFileSchema, shardName } from '../../../common/library/layout.js';
import { SCHEMA_VERSION, type LibraryFile } from '../../../common/library/schema.js';
import { sha256Hex } from './body-store.js';

export type ReadOutcome =
  | { kind: 'missing' }
  | { kind: 'ok'; data: LibraryFile; migratedFrom: number | null; bodies: Map<string, string>; clipShards: number }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; reason: string };

class IoError extends Error {}

async function readJson(path: string, label: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SyntaxError(`${label} is missing`);
    throw new IoError(`${label}: ${code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SyntaxError(`${label} is not valid JSON (${(e as Error).message})`);
  }
}

/** Throws only for I/O failures (permissions, disk); everything about content is an outcome. */
export async function readLibrary(dir: string, overlay: ReadonlyMap<string, string> = new Map()): Promise<ReadOutcome> {
  // `overlay`: files a pending write journal replaces (relative path → the new file), for readers.
  const at = (rel: string) => overlay.get(rel) ?? join(dir, rel);
  let raw: unknown;
  try {
    raw = await readJson(at('library.json'), 'library.json');
  } catch (e) {
    if (e instanceof SyntaxError && e.message === 'library.json is missing') return { kind: 'missing' };
    if (e instanceof SyntaxError) return { kind: 'invalid', reason: e.message };
    throw e;
  }
  const version = versionOf(raw);
  if (version !== null && version > SCHEMA_VERSION) return { kind: 'newer', version };
  let logical: unknown = raw;
  let clipShards = 0;
  if (version !== null && version >= 1) {
    const meta = metaFileSchema.safeParse(raw);
    if (!meta.success) return { kind: 'invalid', reason: 'library.json does not describe its clip files' };
    clipShards = meta.data.clipShards;
    const shards: unknown[] = [];
    try {
      for (let n = 0; n < clipShards; n++) shards.push(await readJson(at(`clips/${shardName(n)}`), `clips/${shardName(n)}`));
      logical = joinLibrary(meta.data, shards);
    } catch (e) {
      if (e instanceof IoError) throw e;
      return { kind: 'invalid', reason: (e as Error).message };
    }
  }
  const bodies = new Map<string, string>();
  const outcome = migrate(logical, {
    now: new Date().toISOString(),
    newId: randomUUID,
    putBody: (text) => {
      const sha = sha256Hex(text);
      bodies.set(sha, text);
      return sha;
    },
  });
  if (outcome.kind !== 'ok') return outcome;
  return { kind: 'ok', data: outcome.data, migratedFrom: outcome.migratedFrom, bodies, clipShards };
}
