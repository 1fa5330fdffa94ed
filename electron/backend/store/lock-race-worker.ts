// Child process of lock-race.ts: on "go <lockPath>" it tries to take the writer lock and answers
// "held" or "refused"; on "release" it lets go and answers "released". One line per message.
import { createInterface } from 'node:readline';
import { acquireWriterLock, type WriterLock } from './writer-lock.js';

let lock: WriterLock | null = null;
const say = (line: string) => process.stdout.write(`${line}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  const [cmd, arg] = line.split(' ');
  if (cmd === 'go') {
    try {
      lock = acquireWriterLock(arg!, 'test');
      say('held');
    } catch (e) {
      const code = (e as { appError?: { code?: string } }).appError?.code;
      say(code === 'locked' ? 'refused' : `error ${String(e)}`);
    }
  } else if (cmd === 'release') {
    lock?.release();
    lock = null;
    say('released');
  }
}
