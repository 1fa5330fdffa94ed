// Test helper run as a script (the e2e bundle spec spawns it): another analyst's library in DIR,
// holding one clip of our own sentences whose note is set to NOTE, exported as a bundle to OUT.
// Prints the clip's id. Run again on the same DIR to export a later version of the note.
import { openTestLibrary } from './test-library.fixture.js';
import type { ClipPage, ImportReport } from '../../../common/domain.js';

const [dir, out, note] = process.argv.slice(2);
if (!dir || !out || note === undefined) throw new Error('usage: bundle-source.fixture.ts DIR OUT NOTE');
const lib = await openTestLibrary(dir);
await lib.call('setSettings', { analyst: 'Omar' });
const TITLE = 'Bridge repairs';
const page = await lib.call<ClipPage>('listClips', { limit: 50 });
let id = page.items.find((c) => c.title === TITLE)?.id;
if (!id) id = (await lib.call<ImportReport>('importText', { text: `${TITLE}\n\nCrews began repairing the old river bridge on Saturday, the works office said.`, tags: ['roads'] })).items[0]!.id;
await lib.call('setClipNote', { id, note });
await lib.call('exportBundle', { path: out, selection: {}, overwrite: true });
await lib.backend.close();
process.stdout.write(id);
