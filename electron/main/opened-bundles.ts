// Bundles the OS asked the desktop app to open (issue 15): a double-clicked `.marsad` arrives in
// argv (first launch, Windows/Linux), in a second instance's argv, or as macOS `open-file`. They
// wait here until the window asks (openedBundles), each granted for one read like a dropped file.
// Pure: no electron import; main.ts wires the events.
import { isAbsolute, resolve } from 'node:path';

// A handful of files opened at once is a user; more is a script: keep the newest few.
const MAX_WAITING = 16;

/** The `.marsad` paths in a command line (never options), absolute against `cwd`. */
export const bundlePathsIn = (argv: readonly string[], cwd: string): string[] =>
  argv.filter((a) => !a.startsWith('-') && a.toLowerCase().endsWith('.marsad')).map((a) => (isAbsolute(a) ? a : resolve(cwd, a)));

export class OpenedBundles {
  private waiting: string[] = [];

  add(paths: readonly string[]): void {
    for (const p of paths) if (!this.waiting.includes(p)) this.waiting.push(p);
    this.waiting = this.waiting.slice(-MAX_WAITING);
  }

  /** Hands over the waiting paths, each granted by `grant` (the path-grants table). */
  take(grant: (path: string) => boolean): string[] {
    const out = this.waiting.filter(grant);
    this.waiting = [];
    return out;
  }
}
