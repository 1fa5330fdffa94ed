// Child process of the kill figure: opens a library as a writer and, until it is SIGKILLed,
// applies edits through the handler table, flushes, and prints "ack <json>" only once each edit
// is on disk. Modes: "tags" (single tags, bulk tags over many shards, tag renames) and "import"
// (pasted articles and small folders). The parent checks every acked edit after the kill.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openBackend } from '../../electron/backend/index.js';
import type { Handlers } from '../../common/ipc/contract.js';
import { random } from './figure.js';

const [dir, mode, seedArg, trialArg] = process.argv.slice(2) as [string, 'tags' | 'import', string, string];
const rand = random(Number(seedArg));
const trial = Number(trialArg);
// Enough clips that a bulk tag (and its rename) touches many of the 64 shards, so a kill often
// lands inside one multi-shard write.
const CLIPS = 40;
const BULK = 30;
const say = (line: string) => process.stdout.write(`${line}\n`);

const unwrap = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

/** Varied text per article, so no two imports are duplicates of each other. */
const article = (key: string) =>
  `${key}\n\n${Array.from({ length: 6 }, (_, i) => `قال المتحدث في الفقرة ${i} من المادة ${key} إن العمل مستمر. Paragraph ${i} of ${key} is written for the crash test.`).join('\n\n')}`;

async function allIds(h: Handlers): Promise<string[]> {
  return unwrap(await h.listClips({ limit: 500, snippets: false })).items.map((c) => c.id);
}

async function tagsLoop(h: Handlers, flush: () => Promise<void>): Promise<void> {
  let ids = await allIds(h);
  for (let i = ids.length; i < CLIPS; i++) unwrap(await h.importText({ text: article(`seed clip ${i}`) }));
  await flush();
  ids = await allIds(h);
  const bulks: string[] = [];
  for (let n = 0; n < 100_000; n++) {
    const r = rand();
    const key = `${trial}-${n}`;
    if (r < 0.4) {
      const id = ids[Math.floor(rand() * ids.length)]!;
      const before = unwrap(await h.getClip({ id })).tags;
      unwrap(await h.setClipTags({ id, tags: [...before, `t-${key}`] }));
      await flush();
      say(`ack ${JSON.stringify({ op: 'tag', ids: [id], tag: `t-${key}` })}`);
    } else if (r < 0.7 || bulks.length === 0) {
      const chosen = [...ids].sort(() => rand() - 0.5).slice(0, BULK);
      unwrap(await h.tagClips({ ids: chosen, add: [`b-${key}`] }));
      await flush();
      bulks.push(key);
      say(`ack ${JSON.stringify({ op: 'bulk', ids: chosen, tag: `b-${key}` })}`);
    } else {
      const from = bulks.splice(Math.floor(rand() * bulks.length), 1)[0]!;
      unwrap(await h.renameTag({ from: `b-${from}`, to: `r-${from}` }));
      await flush();
      say(`ack ${JSON.stringify({ op: 'rename', from: `b-${from}`, to: `r-${from}` })}`);
    }
  }
}

async function importLoop(h: Handlers, flush: () => Promise<void>): Promise<void> {
  for (let n = 0; n < 100_000; n++) {
    const key = `kill import ${trial}-${n}`;
    if (rand() < 0.6) {
      unwrap(await h.importText({ text: article(key) }));
    } else {
      const folder = join(dir, '..', `${process.pid}-drop-${n}`);
      await mkdir(folder, { recursive: true });
      const titles = [0, 1, 2].map((k) => `${key} file ${k}`);
      for (const [k, title] of titles.entries()) await writeFile(join(folder, `f${k}.txt`), article(title));
      const started = unwrap(await h.startImport({ paths: [folder] }));
      let state = started.state;
      while (state === 'running') {
        await new Promise((r) => setTimeout(r, 10));
        state = unwrap(await h.importProgress({ jobId: started.jobId })).state;
      }
      await flush();
      say(`ack ${JSON.stringify({ op: 'import', titles })}`);
      continue;
    }
    await flush();
    say(`ack ${JSON.stringify({ op: 'import', titles: [key] })}`);
  }
}

const backend = await openBackend({ dataDir: dir, holder: 'test', host: 'cli', systemLocale: 'en', version: 'harden' });
say('ready');
await (mode === 'tags' ? tagsLoop : importLoop)(backend.handlers, () => backend.flush());
await backend.close();
