// Command-line options of the browser shell: `--data-dir DIR` and `--port N` (0 or absent picks
// a free port). Pure parsing; reports bad input as a one-sentence message, never exits itself.
export type ShellArgs = { dataDir: string | null; port: number };

export type ParsedArgs = { ok: true; args: ShellArgs } | { ok: false; message: string };

export function parseArgs(argv: string[]): ParsedArgs {
  const args: ShellArgs = { dataDir: null, port: 0 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const [name, inline] = flag.startsWith('--') && flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = inline ?? argv[i + 1];
    if (name === '--data-dir' || name === '--port') {
      if (value === undefined || value === '') return { ok: false, message: `${name} needs a value.` };
      if (inline === undefined) i++;
      if (name === '--data-dir') args.dataDir = value;
      else {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65_535) {
          return { ok: false, message: `--port must be a whole number from 0 to 65535, not "${value}".` };
        }
        args.port = port;
      }
    } else if (name === '--help' || name === '-h') {
      return { ok: false, message: 'Usage: npm run browser -- [--data-dir DIR] [--port N]' };
    } else {
      return { ok: false, message: `Unknown option "${flag}"; use --data-dir DIR and --port N.` };
    }
  }
  return { ok: true, args };
}
