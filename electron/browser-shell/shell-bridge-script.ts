// The source of /shell-bridge.js: defines `window.marsad` in the page as the contract over
// fetch, one method per call (POST /rpc/<name>). Generated from CALL_NAMES so a new contract
// call reaches the browser shell without edits here. Served as a file, never inlined (CSP).
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
  const api = {};
  for (const name of names) api[name] = (input) => call(name, input);
  Object.defineProperty(window, 'marsad', { value: Object.freeze(api), enumerable: true });
})();
`;
}
