// Child process of the lock race: waits for "go DIR" on stdin, opens the library there as a
// writer through the backend's front door and prints "held", "locked" or "error <sentence>";
// "release" closes it again. Started several at a time so their opens race.
import { createInterface } from 'node:readline';
import { AppFailure } from '../../common/result.js';
import { openBackend, type Backend } from '../../electron/backend/index.js';

let open: Backend | null = null;
const say = (line: string) => process.stdout.write(`${line}\n`);

async function go(dir: string): Promise<void> {
  try {
    open = await openBackend({ dataDir: dir, holder: 'test', host: 'cli', systemLocale: 'en', version: 'harden', writeDelayMs: 0 });
    say('held');
  } catch (e) {
    if (e instanceof AppFailure && e.appError.code === 'locked') say('locked');
    else say(`error ${e instanceof Error ? e.message.replace(/\n/g, ' ') : String(e)}`);
  }
}

async function release(): Promise<void> {
  const backend = open;
  open = null;
  if (backend) await backend.close().catch(() => undefined);
  say('released');
}

say('ready');
for await (const line of createInterface({ input: process.stdin })) {
  if (line.startsWith('go ')) await go(line.slice(3));
  else if (line === 'release') await release();
  else if (line === 'exit') break;
}
process.exit(0);
