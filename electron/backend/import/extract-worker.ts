// The extraction worker's entry: turns one file's bytes into an article (extract-file.ts) per
// message, off the host's main thread, so a hostile file's parse can only exhaust this worker's
// heap or time (extract-pool.ts sets the limits and replaces a worker it had to stop).
// Never touches the disk or the library: bytes in, an article or a refusal out.
import { parentPort } from 'node:worker_threads';
import { extractFile, ImportFileError } from './extract-file.js';
import type { WorkerReply, WorkerTask } from './extract-pool.js';

const port = parentPort!;

port.on('message', (task: WorkerTask) => {
  void run(task).then((reply) => port.postMessage(reply));
});

async function run(task: WorkerTask): Promise<WorkerReply> {
  try {
    return { id: task.id, article: await extractFile(task.name, task.bytes) };
  } catch (e) {
    if (e instanceof ImportFileError) return { id: task.id, error: { code: e.code, detail: e.detail } };
    return { id: task.id, error: { code: 'unreadable', detail: e instanceof Error ? e.message : String(e) } };
  }
}
