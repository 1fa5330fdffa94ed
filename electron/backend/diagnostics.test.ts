// getDiagnostics: what "Copy diagnostics" puts on the clipboard — version, host, platform,
// library counts and sizes, the log's last lines — and never a clip's title, text, tag or note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../common/ipc/dispatch.js';
import { openBackend } from './index.js';
import { logEvent } from './log/app-log.js';

const TITLE = 'Marmalade shortage grips the northern islands';
const BODY = 'Grocers on the northern islands ran out of marmalade on Thursday, a week before the ferry.';

test('getDiagnostics returns the facts for a bug report and no clip text', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'marsad-diagnostics-'));
  const dataDir = join(dir, 'lib');
  const backend = await openBackend({ dataDir, holder: 'test', host: 'browser', systemLocale: 'en', version: '9.8.7', seedFile: null, writeDelayMs: 5 });
  try {
    const imported = await dispatch(backend.handlers, 'importText', { text: `${TITLE}\n\n${BODY}`, tags: ['confidential-tag-name'] });
    assert.ok(imported.ok, JSON.stringify(imported));
    await backend.flush();
    logEvent('warn', 'test-event', { detail: 'a line for the tail' });
    const r = await dispatch(backend.handlers, 'getDiagnostics', undefined);
    assert.ok(r.ok, JSON.stringify(r));
    const d = r.value as { text: string; logLines: number };
    assert.match(d.text, /Marsad 9\.8\.7/);
    assert.match(d.text, /host: browser/);
    assert.ok(d.text.includes(`platform: ${process.platform} ${process.arch}`), d.text);
    assert.match(d.text, /clips: 1\b/);
    assert.match(d.text, /tags: 1\b/);
    assert.match(d.text, /library\.json: \d+ bytes/);
    assert.ok(d.text.includes('"test-event"'));
    assert.ok(d.logLines >= 2);
    for (const secret of ['Marmalade', 'marmalade', 'Grocers', 'confidential-tag-name']) assert.ok(!d.text.includes(secret), `${secret} leaked`);
  } finally {
    await backend.close();
    await rm(dir, { recursive: true, force: true });
  }
});
