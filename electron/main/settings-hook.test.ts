// Tests for settings-hook: the host hears successful changes only; results pass through as-is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Handlers } from '../../common/ipc/contract.js';
import { err, ok } from '../../common/result.js';
import { withSettingsHook } from './settings-hook.js';

test('successful setSettings notifies; failures and other calls do not', async () => {
  const seen: unknown[] = [];
  let fail = false;
  const base = {
    setSettings: async (input: { locale?: 'ar' | 'en' | 'system' }) =>
      fail ? err('storage-io', 'The disk is full.') : ok({ locale: input.locale ?? 'system' }),
    getSettings: async () => ok({ locale: 'system' as const }),
  } as unknown as Handlers;
  const h = withSettingsHook(base, (s) => seen.push(s));
  assert.deepEqual(await h.setSettings({ locale: 'ar' }), { ok: true, value: { locale: 'ar' } });
  fail = true;
  assert.equal((await h.setSettings({ locale: 'en' })).ok, false);
  await h.getSettings();
  assert.deepEqual(seen, [{ locale: 'ar' }]);
  assert.equal(h.getSettings, base.getSettings);
});
