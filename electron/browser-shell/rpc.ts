// POST /rpc/<call>: reads a capped JSON body, routes it through dispatch() (the same validation
// every host uses) and answers the Result as JSON. Never calls a handler directly. A
// startImport may name files sent ahead on POST /upload (uploads.ts); they are put back first.
import type { IncomingMessage } from 'node:http';
import type { Handlers } from '../../common/ipc/contract.js';
import { dispatch } from '../../common/ipc/dispatch.js';
import { err, type Result } from '../../common/result.js';
import { logInternalError } from '../backend/log/report-errors.js';
import { readBody } from './rpc-body.js';
import { claimUploads, UploadStore } from './uploads.js';

// A pasted article is at most a few hundred KB; 8 MiB leaves room for batch calls while a
// runaway or hostile client cannot make the shell hold much memory. Bigger dropped files come
// one per POST /upload, each capped at one file's import limit.
export const MAX_RPC_BYTES = 8 * 1024 * 1024;

export type RpcAnswer = { status: number; result: Result<unknown> };

export async function handleRpc(handlers: Handlers, name: string, req: IncomingMessage, uploads = new UploadStore()): Promise<RpcAnswer> {
  const body = await readBody(req, MAX_RPC_BYTES, `The request is larger than ${MAX_RPC_BYTES / 1024 / 1024} MiB.`);
  if (!body.ok) return body.answer;
  let payload: unknown = undefined;
  if (body.text.trim()) {
    try {
      payload = JSON.parse(body.text);
    } catch {
      return { status: 400, result: err('invalid-input', 'The request body is not valid JSON.') };
    }
  }
  if (name === 'startImport') {
    const missing = claimUploads(payload, uploads);
    if (missing) return { status: 200, result: err('invalid-input', missing) };
  }
  return { status: 200, result: await dispatch(handlers, name, payload, { onInternal: logInternalError }) };
}
