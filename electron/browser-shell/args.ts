// Command-line options of the browser shell: `--data-dir DIR`, `--port N` (0 or absent picks
// a free port), and the folders the page may read or write by path: `--import-dir DIR` and
// `--export-dir DIR`, each repeatable. Pure parsing; reports bad input as a one-sentence
// message, never exits itself.
export type ShellArgs = { dataDir: string | null; port: number; importDirs: string[]; exportDirs: string[] };

export type ParsedArgs = { ok: true; args: ShellArgs } | { ok: false; message: string };

export const USAGE = 'Usage: npm run browser -- [--data-dir DIR] [--port N] [--import-dir DIR]… [--export-dir DIR]…';
const VALUED = ['--data-dir', '--port', '--import-dir', '--export-dir'];

export function parseArgs(argv: string[]): ParsedArgs {
  const args: ShellArgs = { dataDir: null, port: 0, importDirs: [], exportDirs: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const [name, inline] = flag.startsWith('--') && flag.includes('=') ? flag.split(/=(.*)/s, 2) : [flag, undefined];
    const value = inline ?? argv[i + 1];
    if (VALUED.includes(name!)) {
      if (value === undefined || value === '') return { ok: false, message: `${name} needs a value.` };
      if (inline === undefined) i++;
      if (name === '--data-dir') args.dataDir = value;
      else if (name === '--import-dir') args.importDirs.push(value);
      else if (name === '--export-dir') args.exportDirs.push(value);
      else {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65_535) {
          return { ok: false, message: `--port must be a whole number from 0 to 65535, not "${value}".` };
        }
        args.port = port;
      }
    } else if (name === '--help' || name === '-h') {
      return { ok: false, message: USAGE };
    } else {
      return { ok: false, message: `Unknown option "${flag}"; use --data-dir DIR, --port N, --import-dir DIR and --export-dir DIR.` };
    }
  }
  return { ok: true, args };
}
