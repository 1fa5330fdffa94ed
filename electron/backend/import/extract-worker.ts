// The worker's entry: one task per message — a file's bytes to an article (extract-file.ts), or a
// text's quotes (the quote engine's public detectQuotes) — off the host's main thread, so a
// hostile input can only exhaust this worker's heap or time (extract-pool.ts sets the limits and
// replaces a worker it had to stop). Never touches the disk or the library.
import { parentPort } from 'node:worker_threads';
import { detectQuotes } from '../../../common/quotes/index.js';
import { parseBlocks } from '../../../common/text/structure.js';
import { extractFile, ImportFileError } from './extract-file.js';
import { dedupKeys } from './dedup-keys.js';
import type { WorkerJob, WorkerReply, WorkerTask } from './extract-pool.js';

const port = parentPort!;

port.on('message', (task: WorkerTask) => {
  void run(task.id, task.job).then((reply) => port.postMessage(reply));
});

async function run(id: number, job: WorkerJob): Promise<WorkerReply> {
  try {
    if (job.kind === 'quotes') {
      const { title, body, lang } = job.text;
      return { id, quotes: detectQuotes({ title, body, blocks: parseBlocks(body), lang }) };
    }
    const article = await extractFile(job.name, job.bytes);
    return { id, article, keys: dedupKeys(article.title, article.body) };
  } catch (e) {
    if (e instanceof ImportFileError) return { id, error: { code: e.code, detail: e.detail } };
    return { id, error: { code: 'unreadable', detail: e instanceof Error ? e.message : String(e) } };
  }
}
