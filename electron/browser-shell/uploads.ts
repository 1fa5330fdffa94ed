// Dropped files too big for one RPC body (8 MiB) reach the browser shell one per POST /upload,
// as base64 text, and wait here until the startImport that names them ("upload:<id>" in place
// of the bytes) takes them. Each is bounded by one file's import limit, all by one drop's.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { MAX_DROP_TOTAL_BASE64, MAX_DROPPED_BASE64 } from '../../common/ipc/contract.js';
import { err, type AppError } from '../../common/result.js';
import { readBody } from './rpc-body.js';

// An upload not claimed by an import within this time was abandoned (the page was closed).
const UPLOAD_TTL_MS = 10 * 60_000;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const REFERENCE = /^upload:/;

type Held = { text: string; at: number };

export class UploadStore {
  private readonly held = new Map<string, Held>();
  private bytes = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** Keeps one file's base64; null when the drop as a whole is too large. */
  put(text: string): string | null {
    for (const [id, h] of this.held) if (this.now() - h.at > UPLOAD_TTL_MS) this.drop(id);
    if (this.bytes + text.length > MAX_DROP_TOTAL_BASE64) return null;
    const id = randomBytes(16).toString('hex');
    this.held.set(id, { text, at: this.now() });
    this.bytes += text.length;
    return id;
  }

  /** The file's base64, once; null when there is no such upload. */
  take(id: string): string | null {
    const h = this.held.get(id);
    if (!h) return null;
    this.drop(id);
    return h.text;
  }

  private drop(id: string): void {
    this.bytes -= this.held.get(id)?.text.length ?? 0;
    this.held.delete(id);
  }
}

export type UploadAnswer = { status: number; result: { ok: true; value: { id: string } } | { ok: false; error: AppError } };

/** POST /upload: one file's base64 as the body. */
export async function handleUpload(req: IncomingMessage, store: UploadStore): Promise<UploadAnswer> {
  const body = await readBody(req, MAX_DROPPED_BASE64, 'A dropped file is larger than the 20 MB a file may have; it was not imported.');
  if (!body.ok) return body.answer;
  if (!BASE64.test(body.text)) return { status: 400, result: err('invalid-input', 'The upload is not a dropped file (base64).') };
  const id = store.put(body.text);
  if (!id) return { status: 413, result: err('too-large', 'Too much dropped at once; import the folder instead.') };
  return { status: 200, result: { ok: true, value: { id } } };
}

/**
 * Puts the held bytes back into a startImport payload in place of each "upload:<id>"; a sentence
 * naming the file when one was never received (or was already used). Leaves other payloads alone.
 */
export function claimUploads(payload: unknown, store: UploadStore): string | null {
  const files = (payload as { files?: unknown } | null)?.files;
  if (!Array.isArray(files)) return null;
  for (const f of files as { name?: unknown; bytes?: unknown }[]) {
    if (typeof f?.bytes !== 'string' || !REFERENCE.test(f.bytes)) continue;
    const text = store.take(f.bytes.slice('upload:'.length));
    if (text === null) return `The dropped file "${String(f.name)}" did not arrive whole; drop it again.`;
    f.bytes = text;
  }
  return null;
}
