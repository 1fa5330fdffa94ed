// Builds a startImport request from picked files: paths when the host knows them (Electron),
// otherwise base64 bytes, checked against the contract's drop limits before anything is read.
import type { StartImport } from '../../common/ipc/contract.js';
import { pathForFile } from './host-files.js';
import type { PickedFile } from './dropped-entries.js';

// The contract's drop limits (common/ipc/contract.ts), restated in raw bytes so the renderer
// bundle does not pull in zod with the contract's schemas: 500 files, 20 MB each, 200 MB in all.
const MAX_DROPPED_FILES = 500;
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_DROP_TOTAL_BYTES = 200 * 1024 * 1024;

export type RequestOutcome =
  | { ok: true; request: StartImport }
  | { ok: false; reason: 'too-many' | 'too-large' | 'nothing' };

const toBase64 = async (file: File): Promise<string> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // Chunked so String.fromCharCode never gets more arguments than the engine allows.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

export async function importRequest(picked: PickedFile[]): Promise<RequestOutcome> {
  if (picked.length === 0) return { ok: false, reason: 'nothing' };
  const paths = picked.map((p) => pathForFile(p.file));
  if (paths.every((p): p is string => p !== null)) return { ok: true, request: { paths } };
  if (picked.length > MAX_DROPPED_FILES) return { ok: false, reason: 'too-many' };
  const total = picked.reduce((n, p) => n + p.file.size, 0);
  if (total > MAX_DROP_TOTAL_BYTES || picked.some((p) => p.file.size > MAX_FILE_BYTES)) {
    return { ok: false, reason: 'too-large' };
  }
  const files = [];
  for (const p of picked) files.push({ name: p.name, bytes: await toBase64(p.file) });
  return { ok: true, request: { files } };
}
