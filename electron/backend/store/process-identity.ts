// Who a process is, beyond its pid: its start (Linux: the boot id plus field 22 of
// /proc/<pid>/stat, the start time in clock ticks since boot) and this machine's id. A lock
// compares them so a pid reused after a reboot or a crash, or a renamed host, is not mistaken
// for the holder. Elsewhere both are null and the lock falls back to pid and host name.
import { readFileSync } from 'node:fs';

const readTrim = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8').trim() || null;
  } catch {
    return null;
  }
};

let bootId: string | null | undefined;

/** "<boot id>:<start ticks>" for a live process on Linux, else null. */
export function processStart(pid: number): string | null {
  if (process.platform !== 'linux') return null;
  const stat = readTrim(`/proc/${pid}/stat`);
  if (!stat) return null;
  // The command name (field 2) may hold spaces and parentheses: fields resume after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = fields[22 - 3];
  if (!ticks) return null;
  bootId ??= readTrim('/proc/sys/kernel/random/boot_id');
  return `${bootId ?? 'boot'}:${ticks}`;
}

/** This machine's stable id (systemd/dbus machine-id), or null where there is none. */
export function machineId(): string | null {
  return readTrim('/etc/machine-id') ?? readTrim('/var/lib/dbus/machine-id');
}
