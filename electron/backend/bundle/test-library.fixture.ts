// Test helper: a real library (temp folder, the seed piece) behind dispatch(), as every host calls it.
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBackend, type Backend } from '../index.js';
import { dispatch } from '../../../common/ipc/dispatch.js';
import type { AppError } from '../../../common/result.js';

export const SEED = new URL('../../../data/syria-russia-new-phase.txt', import.meta.url).pathname;

export type TestLibrary = {
  dataDir: string;
  backend: Backend;
  call: <T>(name: string, payload?: unknown) => Promise<T>;
  fail: (name: string, payload?: unknown) => Promise<AppError>;
  /** library.json and every clip shard, as on disk after a flush. */
  files: () => Promise<string>;
};

export async function openTestLibrary(dataDir?: string): Promise<TestLibrary> {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'marsad-bundle-')));
  const backend = await openBackend({ dataDir: dir, holder: 'test', host: 'cli', systemLocale: 'en', version: '0.0.0', seedFile: SEED, writeDelayMs: 10 });
  const call = async <T>(name: string, payload?: unknown): Promise<T> => {
    const r = await dispatch(backend.handlers, name, payload);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    return r.value as T;
  };
  const fail = async (name: string, payload?: unknown): Promise<AppError> => {
    const r = await dispatch(backend.handlers, name, payload);
    if (r.ok) throw new Error(`${name} succeeded but should have failed`);
    return r.error;
  };
  const files = async () => {
    await backend.flush();
    const shards = (await readdir(join(dir, 'clips'))).sort();
    const parts = [await readFile(join(dir, 'library.json'), 'utf8')];
    for (const s of shards) parts.push(await readFile(join(dir, 'clips', s), 'utf8'));
    return parts.join('\n');
  };
  return { dataDir: dir, backend, call, fail, files };
}
