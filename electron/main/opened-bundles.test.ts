// The desktop app's queue of bundles the OS asked it to open (argv, second instance, open-file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bundlePathsIn, OpenedBundles } from './opened-bundles.js';
import { PathGrants, withPathGrants } from './path-grants.js';
import type { Handlers } from '../../common/ipc/contract.js';
import { ok } from '../../common/result.js';

test('a .marsad in a command line is taken as a path to open; options and other files are not', () => {
  const argv = ['/opt/Marsad/marsad', '--data-dir', '/tmp/lib.marsad-dir', 'team week.marsad', '--flag=x.marsad', '/media/usb/Desk.MARSAD', 'notes.txt'];
  assert.deepEqual(bundlePathsIn(argv, '/home/rana'), ['/home/rana/team week.marsad', '/media/usb/Desk.MARSAD']);
});

test('opened bundles wait for the window, are granted for one read each, and are handed over once', async () => {
  const opened = new OpenedBundles();
  opened.add(['/media/usb/a.marsad', '/media/usb/a.marsad', '/media/usb/b.marsad']);
  const grants = new PathGrants();
  const seen: string[] = [];
  const base = {
    inspectBundle: async (i: { source: { path?: string } }) => (seen.push(`inspect ${i.source.path}`), ok({} as never)),
    importBundle: async (i: { source: { path?: string } }) => (seen.push(`import ${i.source.path}`), ok({} as never)),
  } as unknown as Handlers;
  const handlers = withPathGrants(base, grants);
  // Not opened by the OS, not dropped: refused.
  const refused = await handlers.inspectBundle({ source: { path: '/media/usb/a.marsad' } });
  assert.equal(refused.ok, false);
  const taken = opened.take((p) => grants.grantImport(p));
  assert.deepEqual(taken, ['/media/usb/a.marsad', '/media/usb/b.marsad']);
  assert.deepEqual(opened.take((p) => grants.grantImport(p)), [], 'handed over once');
  assert.equal((await handlers.inspectBundle({ source: { path: '/media/usb/a.marsad' } })).ok, true);
  assert.equal((await handlers.importBundle({ source: { path: '/media/usb/a.marsad' } })).ok, true);
  assert.equal((await handlers.importBundle({ source: { path: '/media/usb/a.marsad' } })).ok, false, 'the grant is spent by the import');
  assert.deepEqual(seen, ['inspect /media/usb/a.marsad', 'import /media/usb/a.marsad']);
});
