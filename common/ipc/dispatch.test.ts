// dispatch() stays pure but tells its host about unexpected errors: the onInternal hook gets the
// call's name and the error (never the payload), an AppFailure or a bad payload is not reported,
// and the caller still receives one `internal` sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Handlers } from './contract.js';
import { dispatch } from './dispatch.js';
import { AppFailure } from '../result.js';

const handlers = {
  importText: async () => {
    throw new TypeError('body.split is not a function');
  },
  getClip: async () => {
    throw new AppFailure({ code: 'not-found', message: 'There is no clip with id "x".' });
  },
} as unknown as Handlers;

test('an unexpected error reaches the host hook with the call name, not the payload', async () => {
  const seen: { call: string; error: unknown }[] = [];
  const onInternal = (call: string, error: unknown) => seen.push({ call, error });
  const r = await dispatch(handlers, 'importText', { text: 'A paragraph the user pasted.' }, { onInternal });
  assert.equal(r.ok, false);
  assert.equal((r as { error: { code: string } }).error.code, 'internal');
  assert.equal(seen.length, 1);
  assert.equal(seen[0]!.call, 'importText');
  assert.ok(seen[0]!.error instanceof TypeError);

  await dispatch(handlers, 'getClip', { id: 'x' }, { onInternal });
  await dispatch(handlers, 'getClip', { id: 7 }, { onInternal });
  assert.equal(seen.length, 1, 'app failures and invalid input are not internal errors');
});

test('a hook that throws does not change the answer', async () => {
  const r = await dispatch(handlers, 'importText', { text: 'x' }, { onInternal: () => { throw new Error('log broke'); } });
  assert.equal((r as { error: { code: string } }).error.code, 'internal');
});
