// Issue 15: a bundle is hostile input. Truncated, tampered (checksum), zip-slip, zip-bomb and
// oversized-manifest bundles are each refused with one sentence, and the library is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { makeZip, type ZipEntry } from '../import/formats/zip-fixture.js';
import { openTestLibrary } from './test-library.fixture.js';
import type { MergePlan } from '../../../common/bundle/plan.js';

/** The entries of a real bundle, to rebuild it with one thing changed. */
async function entriesOf(bytes: Buffer): Promise<ZipEntry[]> {
  const zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true });
  const out: ZipEntry[] = [];
  for await (const e of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(e)) chunks.push(c as Buffer);
    out.push({ name: e.fileName, data: Buffer.concat(chunks) });
  }
  zip.close();
  return out;
}

test('hostile bundles are refused with one sentence and the library is unchanged', async () => {
  const source = await openTestLibrary();
  const seedId = (await source.call<{ items: { id: string }[] }>('listClips', {})).items[0]!.id;
  await source.call('importText', { text: 'Port reopening\n\nThe harbour office said the port reopens on Friday.', tags: ['ports'] });
  await source.call('setClipNote', { id: seedId, note: 'A note from the other desk.' });
  const dir = await mkdtemp(join(tmpdir(), 'marsad-hostile-'));
  const good = join(dir, 'good.marsad');
  await source.call('exportBundle', { path: good, selection: {} });
  await source.backend.close();
  const bytes = await readFile(good);
  const entries = await entriesOf(bytes);
  const names = entries.map((e) => e.name);
  assert.deepEqual(names, ['manifest.json', 'records.json', 'bodies.json']);

  const target = await openTestLibrary();
  const before = await target.files();
  const plan = await target.call<MergePlan>('inspectBundle', { source: { path: good } });
  assert.equal(plan.counts.newClips, 1, 'the honest bundle is readable');

  const records = entries[1]!;
  const tampered = JSON.parse(records.data.toString('utf8'));
  tampered.clips[0].title = 'A title someone changed';
  const bodies = entries[2]!;
  const texts = JSON.parse(bodies.data.toString('utf8')) as Record<string, string>;
  const [sha] = Object.keys(texts);
  const changedText = makeZip([entries[0]!, entries[1]!, { name: 'bodies.json', data: Buffer.from(JSON.stringify({ ...texts, [sha!]: 'Another text under the same name.' })) }]);
  const hostile: Record<string, { bytes: Buffer; sentence: RegExp }> = {
    truncated: { bytes: bytes.subarray(0, Math.floor(bytes.length * 0.6)), sentence: /^This bundle is damaged or incomplete \(it cannot be read as a zip file\); nothing was imported\.$/ },
    checksum: {
      bytes: makeZip([entries[0]!, { name: 'records.json', data: Buffer.from(JSON.stringify(tampered)) }, ...entries.slice(2)]),
      sentence: /^This bundle was changed after it was exported: records\.json does not match the checksum in its manifest; nothing was imported\.$/,
    },
    'zip-slip': { bytes: makeZip([...entries, { name: '../../outside.txt', data: Buffer.from('x') }]), sentence: /^This bundle holds a file whose name points outside the bundle \(.*outside\.txt.*\), so it was refused; nothing was imported\.$/ },
    'absolute path': { bytes: makeZip([...entries, { name: '/tmp/marsad-owned.txt', data: Buffer.from('x') }]), sentence: /points outside the bundle/ },
    'stray name': { bytes: makeZip([...entries, { name: 'bodies/../records.json', data: Buffer.from('x') }]), sentence: /points outside the bundle|a Marsad bundle never has/ },
    'changed text': { bytes: changedText, sentence: /^This bundle was changed after it was exported: bodies\.json does not match the checksum in its manifest; nothing was imported\.$/ },
    'zip bomb': { bytes: makeZip([entries[0]!, entries[1]!, { name: 'bodies.json', data: Buffer.alloc(30 * 1_048_576) }]), sentence: /^This bundle unpacks far beyond its size \(a zip bomb\), so it was not unpacked; nothing was imported\.$/ },
    'lying sizes': { bytes: makeZip([entries[0]!, { name: 'records.json', data: Buffer.alloc(30 * 1_048_576, 0x20), declaredSize: records.data.length }, ...entries.slice(2)]), sentence: /zip bomb/ },
    'oversized manifest': {
      bytes: makeZip([{ name: 'manifest.json', data: Buffer.from(randomBytes(9 * 1_048_576).toString('hex')) }, ...entries.slice(1)]),
      sentence: /^This bundle's manifest is larger than 16 MB, far more than a manifest needs, so it was refused; nothing was imported\.$/,
    },
    'not a bundle': { bytes: makeZip(entries.slice(1)), sentence: /^This file is not a Marsad bundle \(it has no manifest\); nothing was imported\.$/ },
  };
  for (const [name, h] of Object.entries(hostile)) {
    const path = join(dir, `${name.replace(/ /g, '-')}.marsad`);
    await writeFile(path, h.bytes);
    for (const call of ['inspectBundle', 'importBundle']) {
      const error = await target.fail(call, { source: { path } });
      assert.equal(error.code, 'invalid-input', `${name}: ${error.message}`);
      assert.match(error.message, h.sentence, name);
      assert.equal(error.message.split(/[.;] /).length <= 3 && !error.message.includes('\n'), true, `${name}: one sentence`);
    }
    // Dropped on the page (bytes, not a path): the same refusal.
    const dropped = await target.fail('importBundle', { source: { file: { name: 'x.marsad', bytes: h.bytes.toString('base64') } } });
    assert.match(dropped.message, h.sentence, `${name} (dropped)`);
  }
  // A bundle replaced between the review (inspect) and the merge is read again, not trusted from the review.
  const swapped = join(dir, 'swapped.marsad');
  await writeFile(swapped, bytes);
  assert.equal((await target.call<MergePlan>('inspectBundle', { source: { path: swapped } })).counts.newClips, 1);
  await writeFile(swapped, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  assert.match((await target.fail('importBundle', { source: { path: swapped } })).message, /damaged or incomplete/);
  assert.equal(await target.files(), before, 'the library is unchanged');
  await target.backend.close();
});
