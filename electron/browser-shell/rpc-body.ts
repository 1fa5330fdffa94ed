// Reads a request body up to a cap, for POST /rpc and POST /upload: a declared or actual size
// over the cap is answered 413 without holding more than the cap in memory.
import type { IncomingMessage } from 'node:http';
import type { AppError } from '../../common/result.js';

export type BodyAnswer = { status: number; result: { ok: false; error: AppError } };
const failure = (code: AppError['code'], message: string) => ({ ok: false as const, error: { code, message } });

export type Body = { ok: true; text: string } | { ok: false; answer: BodyAnswer };

export function readBody(req: IncomingMessage, cap: number, tooLargeSentence: string): Promise<Body> {
  return new Promise((done) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    const tooLarge = (): Body => ({ ok: false, answer: { status: 413, result: failure('too-large', tooLargeSentence) } });
    if (declared > cap) {
      req.resume();
      return done(tooLarge());
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    req.on('data', (chunk: Buffer) => {
      if (finished) return;
      size += chunk.length;
      if (size > cap) {
        finished = true;
        req.resume();
        done(tooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!finished) done({ ok: true, text: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', () => {
      if (!finished) done({ ok: false, answer: { status: 400, result: failure('invalid-input', 'The request was cut off.') } });
    });
  });
}
