// The test zip writer must write archives a real unzip reads back, or every bomb and tampered
// bundle built on it would test nothing. Needs the `unzip` command (Info-ZIP).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { makeDocxBomb, makeZip } from './zip-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'marsad-zip-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: Buffer) => {
  writeFileSync(join(dir, name), data);
  return join(dir, name);
};

test('the zip writer makes archives unzip reads back byte for byte', () => {
  const body = 'word '.repeat(100_000);
  const path = file('z.zip', makeZip([{ name: 'a.txt', data: Buffer.from('hello') }, { name: 'w/doc.xml', data: Buffer.from(body) }]));
  assert.deepEqual(execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n'), ['a.txt', 'w/doc.xml']);
  assert.equal(execFileSync('unzip', ['-p', path, 'w/doc.xml'], { encoding: 'utf8', maxBuffer: 1 << 22 }), body);
});

test('a Word bomb of 2 MB inflates to about 2 MB of document.xml from a few KB', () => {
  const bytes = makeDocxBomb(2);
  const xml = execFileSync('unzip', ['-p', file('bomb.docx', bytes), 'word/document.xml'], { maxBuffer: 1 << 23 });
  assert.ok(xml.length >= 2 * 1_048_576 && xml.length < 2.1 * 1_048_576, `inflates to ${xml.length} bytes`);
  assert.ok(bytes.length < 64 * 1024, `packed in ${bytes.length} bytes`);
});
