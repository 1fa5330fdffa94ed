// The browser shell's HTTP server on 127.0.0.1: checks the per-run token on every request, then
// serves the renderer, /shell-bridge.js, POST /rpc/<call>, POST /upload (large dropped files) and
// finished reports (/report/<job>). Holds no library logic: RPC goes through dispatch() to the
// same handler table the desktop app uses.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../../common/ipc/contract.js';
import { admit, cookieHeader, hostAllowed } from './auth.js';
import { SECURITY_HEADERS } from './headers.js';
import { withShellPathRules, type ShellPaths } from './path-rules.js';
import { handleRpc } from './rpc.js';
import { handleUpload, UploadStore } from './uploads.js';
import { shellBridgeScript } from './shell-bridge-script.js';
import { createStaticFiles } from './static-files.js';
import { attachment, REPORT_PATH_PREFIX, reportDownload } from './report-download.js';

/** `paths`: the folders the page may import from and export to (path-rules.ts). */
export type ShellServerOptions = { handlers: Handlers; rendererDir: string; token: string; paths: ShellPaths };

const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra: Record<string, string> = {}) => {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...extra });
  res.end(res.req.method === 'HEAD' ? undefined : body);
};
const text = (res: ServerResponse, status: number, sentence: string) =>
  send(res, status, 'text/plain; charset=utf-8', `${sentence}\n`);

export function createShellServer({ handlers: backend, rendererDir, token, paths }: ShellServerOptions): Server {
  const handlers = withShellPathRules(backend, paths);
  const uploads = new UploadStore();
  const serveStatic = createStaticFiles(rendererDir);
  const bridgeJs = shellBridgeScript();

  const route = async (req: IncomingMessage, res: ServerResponse, port: number): Promise<void> => {
    if (!hostAllowed(req, port)) return text(res, 403, 'This server answers only to its own loopback address.');
    const origin = `http://127.0.0.1:${port}`;
    const url = new URL(req.url ?? '/', origin);
    const admission = admit(req, url, token, port);
    if (admission === 'refused') {
      return text(res, 403, "Open Marsad with the address the browser shell printed; it carries this run's token.");
    }
    if (admission === 'url-token') {
      // Trade the URL token for a cookie and drop it from the address bar and history.
      res.writeHead(303, { ...SECURITY_HEADERS, 'Set-Cookie': cookieHeader(token, port), Location: url.pathname });
      return void res.end();
    }
    if (url.pathname.startsWith('/rpc/') || url.pathname === '/upload') {
      if (req.method !== 'POST') return text(res, 405, 'Calls are made with POST.');
      const from = req.headers.origin;
      if (from !== undefined && from !== origin && from !== `http://localhost:${port}`) {
        return text(res, 403, 'Calls from other origins are refused.');
      }
      const answer = url.pathname === '/upload'
        ? await handleUpload(req, uploads)
        : await handleRpc(handlers, url.pathname.slice('/rpc/'.length), req, uploads);
      return send(res, answer.status, 'application/json; charset=utf-8', JSON.stringify(answer.result));
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'Only GET, HEAD and POST /rpc are served.');
    if (url.pathname === '/shell-bridge.js') return send(res, 200, 'text/javascript; charset=utf-8', bridgeJs);
    if (url.pathname.startsWith(REPORT_PATH_PREFIX)) {
      const d = await reportDownload(handlers, decodeURIComponent(url.pathname.slice(REPORT_PATH_PREFIX.length)));
      if (d.status !== 200) return text(res, d.status, d.sentence);
      return send(res, 200, d.type, d.body, { 'Content-Disposition': attachment(d.name) });
    }
    const file = await serveStatic(url.pathname);
    if (file.status === 404) return text(res, 404, 'There is no such file in Marsad.');
    return send(res, 200, file.type, file.body);
  };

  const server = createServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    route(req, res, port).catch((e: unknown) => {
      process.stderr.write(`browser shell: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      if (!res.headersSent) text(res, 500, 'Something went wrong inside the browser shell.');
      else res.destroy();
    });
  });
  return server;
}

/** Listens on 127.0.0.1 only; resolves with the port actually bound. */
export function listen(server: Server, port: number): Promise<number> {
  return new Promise((done, failed) => {
    server.once('error', failed);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', failed);
      done((server.address() as AddressInfo).port);
    });
  });
}
