// The hardening harness's own checks must be able to fail: each detector is shown live markup
// (and finds it) and the escaped form (and does not). Also the vector table and the fuzz cases
// (the zip writer behind the zip bomb is checked beside it, in zip-fixture.test.ts).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Document, ExternalHyperlink, Packer, Paragraph, TextRun } from 'docx';
import { casesFor, validPayloads, type Places } from './fuzz-cases.js';
import { VECTORS } from './xss-vectors.js';
import { liveCsv, liveDocx, liveMarkdown, livePdf } from './xss-exports.js';

const dir = mkdtempSync(join(tmpdir(), 'marsad-harden-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, data: string | Buffer) => {
  writeFileSync(join(dir, name), data);
  return join(dir, name);
};

test('Markdown: a javascript: link or a raw tag is live; escaped ones are text', () => {
  assert.equal(liveMarkdown(file('a.md', '[x](javascript:alert(1))\n')).length, 1);
  assert.equal(liveMarkdown(file('b.md', 'Text <img src=x onerror=alert(1)> here\n')).length, 1);
  assert.deepEqual(liveMarkdown(file('c.md', '\\[x\\](javascript:alert(1)) &lt;img src=x&gt; `<script>`\n')), []);
});

test('CSV: a cell starting with = + @ or -letter is a formula; an apostrophe or a number is not', () => {
  assert.equal(liveCsv(file('a.csv', '\uFEFFtitle,n\r\n"=HYPERLINK(""http://x"")",1\r\n@SUM(1),-cmd\r\n')).length, 1);
  assert.match(liveCsv(file('b.csv', '=1+1,@x,-cmd\n'))[0]!, /^csv: 3 formula/);
  assert.deepEqual(liveCsv(file('c.csv', `"'=HYPERLINK(""http://x"")",-5,'@SUM(1)\n`)), []);
});

test('PDF: JavaScript and Launch actions and javascript: links are found', () => {
  assert.equal(livePdf(file('a.pdf', '%PDF-1.7\n1 0 obj << /S /JavaScript /JS (app.alert(1)) >> endobj\n')).length, 1);
  assert.equal(livePdf(file('b.pdf', '%PDF-1.7\n<< /A << /S /URI /URI (javascript:alert(1)) >> >>\n')).length, 1);
  assert.deepEqual(livePdf(file('c.pdf', '%PDF-1.7\n<< /A << /S /URI /URI (https://example.org/) >> >>\n')), []);
});

test('DOCX: a javascript: hyperlink is found, a plain document is clean', async () => {
  const doc = (link: string | null) =>
    new Document({
      sections: [{ children: [new Paragraph({ children: [link ? new ExternalHyperlink({ link, children: [new TextRun('x')] }) : new TextRun('plain')] })] }],
    });
  assert.equal(liveDocx(file('a.docx', await Packer.toBuffer(doc('javascript:alert(1)')))).length, 1);
  assert.deepEqual(liveDocx(file('b.docx', await Packer.toBuffer(doc(null)))), []);
});

test('every vector has its own id and a sink the sentinel watches', () => {
  assert.equal(new Set(VECTORS.map((v) => v.id)).size, VECTORS.length);
  for (const v of VECTORS) assert.ok(v.html.includes(`'${v.id}'`) || v.html.includes(`/${v.id}`) || v.html.includes('base64'), v.id);
});

test('fuzz cases put each traversal string where a path goes, and stay valid JSON', () => {
  const places: Places = { lib: '/w/lib', sentinel: '/w/sentinel', chosen: '/w/chosen', tmpVictim: '/tmp/v.rc', marker: 'mk', clipId: 'c1' };
  const cases = casesFor('startExport', validPayloads(places).startExport, places, false);
  const paths = cases.filter((c) => c.label.startsWith('path=')).map((c) => (JSON.parse(c.body) as { path: unknown }).path);
  assert.ok(paths.includes('/w/sentinel/victim.rc') && paths.includes('/tmp/v.rc') && paths.includes('../../../../../../etc/passwd'));
  for (const c of cases.filter((x) => !x.label.includes('deep') && x.label !== 'payload=not JSON' && x.body)) JSON.parse(c.body);
});
