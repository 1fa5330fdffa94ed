// The command table. A new command (import, search, quotes, tag, edit, export) is one file in this
// folder plus one entry here; help, parsing and exit codes come from run.ts for free.
import type { Command } from './command.js';
import { bundle } from './bundle.js';
import { edit } from './edit.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { list } from './list.js';
import { people } from './people.js';
import { quotes } from './quotes.js';
import { search } from './search.js';
import { show } from './show.js';
import { tag, untag } from './tag.js';
import { tags } from './tags.js';
import { watch } from './watch.js';

export const COMMANDS: readonly Command[] = [list, show, importCommand, search, tag, untag, edit, tags, watch, quotes, people, exportCommand, bundle];
