// POST /rpc/<call>: reads a capped JSON body, routes it through dispatch() (the same validation
// every host uses) and answers the Result as JSON. Never calls a handler directly.
import type { IncomingMessage } from 'node:http';
import type { Handlers } from '../../common/ipc/contract.js';
import { dispatch } from '../../common/ipc/dispatch.js';
import { err, type Result } from '../../common/result.js';

// A pasted article is at most a few hundred KB; 8 MiB leaves room for batch calls while a
// runaway or hostile client cannot make the shell hold much memory.
export const MAX_RPC_BYTES = 8 * 1024 * 1024;

export type RpcAnswer = { status: number; result: Result<unknown> };

type Body = { ok: true; text: string } | { ok: false; answer: RpcAnswer };

function readBody(req: IncomingMessage): Promise<Body> {
  return new Promise((done) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooLarge = (): Body => ({
      ok: false,
      answer: { status: 413, result: err('too-large', `The request is larger than ${MAX_RPC_BYTES / 1024 / 1024} MiB.`) },
    });
    if (declared > MAX_RPC_BYTES) {
      req.resume();
      return done(tooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    req.on('data', (chunk: Buffer) => {
      if (finished) return;
      size += chunk.length;
      if (size > MAX_RPC_BYTES) {
        finished = true;
        req.resume();
        done(tooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!finished) done({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', () => {
      if (!finished) done({ ok: false, answer: { status: 400, result: err('invalid-input', 'The request was cut off.') } });
    });
  });
}

export async function handleRpc(handlers: Handlers, name: string, req: IncomingMessage): Promise<RpcAnswer> {
  const body = await readBody(req);
  if (!body.ok) return body.answer;
  let payload: unknown = undefined;
  if (body.text.trim()) {
    try {
      payload = JSON.parse(body.text);
    } catch {
      return { status: 400, result: err('invalid-input', 'The request body is not valid JSON.') };
    }
  }
  return { status: 200, result: await dispatch(handlers, name, payload) };
}
