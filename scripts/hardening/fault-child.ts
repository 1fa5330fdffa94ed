// Child process of the faults figure: opens a library, imports a few clips, then on "edit"
// makes tag edits while the parent holds a fault (full disk, read-only folder, EIO on one shard),
// on "settle" waits for the backend's own retries once the fault is gone (then is SIGKILLed). Prints one JSON line
// per step. With MARSAD_FAULT=<code>[:<path part>] it injects the fault itself (fs patched).
import fsp from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { openBackend } from '../../electron/backend/index.js';

const dir = process.argv[2]!;
const say = (o: object) => process.stdout.write(`${JSON.stringify(o)}\n`);
const CLIPS = 12;
// How long "settle" gives the backend to retry once the fault is gone, before the final flush.
const SETTLE_MS = 5_000;

// Injection: while `injecting`, opening a matching path for writing fails with the given code.
let injecting = false;
const [code, part] = (process.env.MARSAD_FAULT ?? '').split(':');
let faultPart = part ?? '';
if (code) {
  const realOpen = fsp.open;
  const patched = (async (path: Parameters<typeof fsp.open>[0], flags?: string | number, mode?: number) => {
    const writing = typeof flags === 'string' ? /[wa+]/.test(flags) : typeof flags === 'number' && flags !== 0;
    if (injecting && writing && String(path).includes('clips') && String(path).includes(faultPart)) {
      throw Object.assign(new Error(`${code}: injected fault, open '${String(path)}'`), { code, syscall: 'open', path: String(path) });
    }
    return realOpen(path, flags, mode);
  }) as typeof fsp.open;
  fsp.open = patched;
  syncBuiltinESMExports();
}

const backend = await openBackend({ dataDir: dir, holder: 'test', host: 'cli', systemLocale: 'en', version: 'harden' });
const h = backend.handlers;
for (let i = 0; i < CLIPS; i++) {
  await h.importText({ text: `Fault clip ${i}\n\nThe water board met on day ${i} and kept the schedule written for the fault test.` });
}
await backend.flush();
const list = await h.listClips({ limit: 100, snippets: false });
const ids = list.ok ? list.value.items.map((c) => c.id) : [];
// The shard that holds the first clip: the EIO target.
const shard = readdirSync(join(dir, 'clips')).find((f) => readFileSync(join(dir, 'clips', f), 'utf8').includes(ids[0]!)) ?? '';
// The shard's temp files are named .<shard>.json.<pid>.<hex>.tmp beside it.
if (code === 'EIO') faultPart = shard;
say({ step: 'ready', ids, shard });

// A store that retries may hold flush() until the fault is gone: wait a little, then report "pending".
const FLUSH_WAIT_MS = 3_000;
const flushOutcome = async () => {
  const wait = new Promise<string>((r) => setTimeout(() => r('pending (still retrying)'), FLUSH_WAIT_MS).unref());
  return Promise.race([
    backend.flush().then(
      () => 'ok',
      (e: unknown) => `failed: ${e instanceof Error ? e.message : String(e)}`,
    ),
    wait,
  ]);
};

for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'edit') {
    injecting = code !== undefined && code !== '';
    const edits: { id: string; tag: string; ok: boolean }[] = [];
    for (const [i, id] of ids.entries()) {
      const tag = `during-fault-${i}`;
      const before = await h.getClip({ id });
      const r = await h.setClipTags({ id, tags: [...(before.ok ? before.value.tags : []), tag] });
      edits.push({ id, tag, ok: r.ok });
    }
    const flushed = await flushOutcome();
    const state = await h.libraryState();
    say({ step: 'edited', edits, flushed, state: state.ok ? state.value.state : state.error.code });
  } else if (line === 'settle') {
    // The fault is gone; no further call is made: the backend must retry on its own. The parent
    // then SIGKILLs this process (a power cut a few seconds after space returns).
    injecting = false;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const state = await h.libraryState();
    say({ step: 'settled', state: state.ok ? state.value.state : state.error.code });
  } else if (line === 'close') {
    let closed = 'ok';
    await backend.close().catch((e: unknown) => (closed = `failed: ${e instanceof Error ? e.message : String(e)}`));
    say({ step: 'closed', closed });
    break;
  }
}
process.exit(0);
