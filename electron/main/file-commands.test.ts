// Tests for the File menu's commands in main: the open dialog's choice is granted and sent as
// import-paths; a cancelled dialog sends nothing; other commands pass straight to the window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MENU_COMMAND_CHANNEL } from '../../common/ipc/menu-commands.js';
import { createFileCommands } from './file-commands.js';
import { MENU_LABELS } from './menu-labels.js';
import { PathGrants } from './path-grants.js';

function setup(answer: { canceled: boolean; filePaths: string[] }) {
  const sent: unknown[][] = [];
  const asked: unknown[] = [];
  const grants = new PathGrants();
  const win = { isDestroyed: () => false, webContents: { send: (...args: unknown[]) => sent.push(args) } };
  const run = createFileCommands({
    window: () => win as never,
    dialog: { showOpenDialog: (async (_w: unknown, options: unknown) => (asked.push(options), answer)) as never },
    grants,
    labels: () => MENU_LABELS.ar,
  });
  return { run, sent, asked, grants };
}

test('Import Folder…: the chosen folder is granted once and sent to the window', async () => {
  const { run, sent, asked, grants } = setup({ canceled: false, filePaths: ['/home/u/week'] });
  await run('import-folder');
  assert.deepEqual((asked[0] as { properties: string[] }).properties, ['openDirectory', 'multiSelections']);
  assert.equal((asked[0] as { title: string }).title, 'استيراد مجلد…');
  assert.deepEqual(sent, [[MENU_COMMAND_CHANNEL, { command: 'import-paths', paths: ['/home/u/week'] }]]);
  assert.equal(grants.takeImports(['/home/u/week']), null);
  assert.notEqual(grants.takeImports(['/home/u/week']), null, 'a grant is spent by one import');
});

test('Import Files…: filtered to what the importers read; cancel sends nothing; relative paths are not granted', async () => {
  const cancelled = setup({ canceled: true, filePaths: [] });
  await cancelled.run('import-files');
  assert.deepEqual(cancelled.sent, []);
  const filters = (cancelled.asked[0] as { filters: { extensions: string[] }[] }).filters;
  assert.deepEqual(filters[0]!.extensions, ['txt', 'md', 'html', 'htm', 'pdf', 'docx']);
  const odd = setup({ canceled: false, filePaths: ['relative.txt'] });
  await odd.run('import-files');
  assert.deepEqual(odd.sent, []);
});

test('Paste Article, New Report, Find in Article go to the window as commands', async () => {
  const { run, sent, asked } = setup({ canceled: false, filePaths: [] });
  await run('paste-article');
  await run('new-report');
  await run('find-in-article');
  assert.deepEqual(asked, []);
  assert.deepEqual(
    sent.map((s) => (s[1] as { command: string }).command),
    ['paste-article', 'new-report', 'find-in-article'],
  );
});
