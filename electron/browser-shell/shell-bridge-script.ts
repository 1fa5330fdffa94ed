// The source of /shell-bridge.js: defines `window.marsad` in the page as the contract over
// fetch, one method per call (POST /rpc/<name>); large drops go ahead on POST /upload. Generated
// from CALL_NAMES so a new contract call reaches the browser shell without edits here. Served
// as a file, never inlined (CSP).
import { CALL_NAMES } from '../../common/ipc/contract.js';

export function shellBridgeScript(): string {
  return `// Marsad browser-shell bridge: window.marsad over fetch to this server's /rpc/<call>.
(() => {
  'use strict';
  const names = ${JSON.stringify(CALL_NAMES)};
  const transportError = (message) => ({ ok: false, error: { code: 'internal', message } });
  const call = async (name, input) => {
    let res;
    try {
      res = await fetch('/rpc/' + name, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: input === undefined ? '' : JSON.stringify(input),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (e) {
      return transportError('The browser shell is not answering; is it still running?');
    }
    try {
      return await res.json();
    } catch (e) {
      return transportError('The browser shell answered ' + res.status + ' without a result.');
    }
  };
  // A drop larger than this (base64) sends each file ahead on POST /upload, one file's limit
  // each, and names it "upload:<id>" in startImport: the RPC body cap (8 MiB) stays for calls.
  const INLINE_DROP = 4 * 1024 * 1024;
  const upload = async (bytes) => {
    try {
      const res = await fetch('/upload', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: bytes, credentials: 'same-origin', cache: 'no-store' });
      return await res.json();
    } catch (e) {
      return transportError('The browser shell is not answering; is it still running?');
    }
  };
  const startImport = async (input) => {
    const files = input && Array.isArray(input.files) ? input.files : null;
    const total = files ? files.reduce((n, f) => n + (f && typeof f.bytes === 'string' ? f.bytes.length : 0), 0) : 0;
    if (!files || total <= INLINE_DROP) return call('startImport', input);
    const sent = [];
    for (const f of files) {
      const r = await upload(f.bytes);
      if (!r || !r.ok) return r;
      sent.push({ name: f.name, bytes: 'upload:' + r.value.id });
    }
    return call('startImport', Object.assign({}, input, { files: sent }));
  };
  const api = {};
  for (const name of names) api[name] = (input) => call(name, input);
  api.startImport = startImport;
  Object.defineProperty(window, 'marsad', { value: Object.freeze(api), enumerable: true });
})();
`;
}
