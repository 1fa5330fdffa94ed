// A full disk is never silent: with the library on a real 4 MiB tmpfs filled to the last byte,
// tagging a clip shows the persistent "not being saved" banner; once space returns the retry
// saves the tag and the banner goes by itself. Needs root to mount the tmpfs (skipped otherwise,
// with the reason): a real full disk rather than a fault hook compiled into the app.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Contract } from '../common/ipc/contract.js';
import { shardName, shardOf } from '../common/library/layout.js';
import { fillDisk, mountTmpfs } from '../electron/backend/store/full-disk.fixture.js';
import { expect, test } from './fixtures.js';
import { REPO_ROOT, SEED_TITLE } from './support/paths.js';

test('a full disk shows the not-saving banner until space returns, and the tag is then saved', async ({ openApp, dataDir }) => {
  const disk = mountTmpfs('4m', dataDir);
  test.skip(disk === null, 'tmpfs cannot be mounted here (needs root)');
  try {
    const { page, close } = await openApp({ systemLocale: 'en_US' });
    await expect(page.getByRole('button', { name: SEED_TITLE })).toBeVisible();
    const filler = await fillDisk(dataDir);

    const id = await page.evaluate(async () => {
      const api = (window as unknown as { marsad: Contract }).marsad;
      const list = await api.listClips({ limit: 1 });
      if (!list.ok) throw new Error(list.error.message);
      const clip = list.value.items[0]!;
      const tagged = await api.setClipTags({ id: clip.id, tags: ['full-disk'] });
      if (!tagged.ok) throw new Error(tagged.error.message);
      return clip.id;
    });
    const banner = page.getByRole('alert', { name: 'Changes are not being saved: the disk is full.' });
    await expect(banner).toBeVisible({ timeout: 10_000 });
    await page.screenshot({ path: join(REPO_ROOT, 'test-results', 'screenshots', 'saving-failed-banner.png') });

    await rm(filler);
    await expect(banner).toBeHidden({ timeout: 20_000 });
    const shard = JSON.parse(await readFile(join(dataDir, 'clips', shardName(shardOf(id))), 'utf8')) as { clips: { id: string; tags: string[] }[] };
    expect(shard.clips.find((c) => c.id === id)?.tags).toEqual(['full-disk']);
    await close();
  } finally {
    disk?.unmount();
  }
});
