// Options every command accepts, before or after the command name. Declared once so the
// parser, the help text and the tests agree.
import type { OptionSpec } from './commands/command.js';

export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  'data-dir': {
    type: 'string',
    valueName: 'DIR',
    description: 'The library folder (default: $MARSAD_DATA_DIR, else the folder the Marsad app uses).',
  },
  help: { type: 'boolean', short: 'h', description: 'Show help for the program or for a command.' },
  version: { type: 'boolean', description: 'Print the version of marsad.' },
};
