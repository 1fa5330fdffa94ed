// Test fixture (not a test): a temp library seeded with the Syria–Russia piece, tagged and with
// one highlight on the Shaibani quote, plus an ExportCall over its handler table. Shared by the
// exporter's unit tests; the caller closes it. Also the Chromium those tests print with.
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openBackend } from '../index.js';
import { callHandlers, type ExportCall } from './call.js';
import { findChromium } from './chromium.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SEED_FILE = join(ROOT, 'data', 'syria-russia-new-phase.txt');
export const EXPECTED = JSON.parse(readFileSync(join(ROOT, 'data', 'seed-expected-quotes.json'), 'utf8')) as {
  structure: { title: string };
  must_find: { kind: string; text: string; speaker: string }[];
};
export const DIRECT = EXPECTED.must_find.filter((q) => q.kind === 'direct');
export const TAG = 'روسيا/دبلوماسية';
export const HIGHLIGHT = 'ملتزمون بوحدة سوريا';
export const HIGHLIGHT_COLOUR = '#a3e4a1';

/**
 * The Chromium the PDF and picture tests print with ($MARSAD_CHROMIUM, else a well-known path),
 * or null, and those tests skip saying so; a $MARSAD_CHROMIUM naming no file counts as none.
 */
export const TEST_CHROMIUM: string | null = (() => {
  try {
    return findChromium({ env: process.env });
  } catch {
    return null;
  }
})();

export type TestLibrary = { dir: string; dataDir: string; call: ExportCall; clipId: string; close: () => Promise<void> };

export async function seededLibrary(): Promise<TestLibrary> {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-export-'));
  const dataDir = join(dir, 'lib');
  const backend = await openBackend({ dataDir, holder: 'test', host: 'cli', systemLocale: 'ar', version: 'test', seedFile: SEED_FILE, writeDelayMs: 5 });
  const call = callHandlers(backend.handlers);
  const clipId = (await call('listClips', { limit: 1, snippets: false })).items[0]!.id;
  await call('tagClips', { ids: [clipId], add: [TAG] });
  const body = (await call('getClip', { id: clipId })).body;
  const start = body.indexOf(HIGHLIGHT);
  await call('addHighlight', { clipId, start, end: start + HIGHLIGHT.length, exact: HIGHLIGHT, colour: HIGHLIGHT_COLOUR, note: 'للمتابعة' });
  await backend.flush();
  return {
    dir,
    dataDir,
    call,
    clipId,
    close: async () => {
      await backend.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
