/**
 * Local stack: the HTTP server standing in for API Gateway and CloudFront. It mounts the very
 * handler modules the route table names, and serves the widget, the demo page and the dev mailbox.
 */
import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { localPageHeaders } from '../../infra/web-security.js';
import { LOCAL_EXPORTS_PATH, localExportOf } from '../archive/export-files-dir.js';
import type { RouteGroup } from '../routes.js';
import { fromResult, matchRoute, toEvent } from './api-gateway-event.js';
import { demoPage } from './demo-page.js';
import type { DevMailbox } from './dev-mailbox.js';
import { devWebhooks, receiveDevWebhook } from './dev-webhooks.js';
import { compressed, type EdgeAnswer, EdgeCache } from './edge.js';
import { devMessages, mailboxPage, sesHtmlPart } from './mailbox-page.js';
import type { RunningSes } from './ses-local.js';
import { staticFile } from './static-files.js';

type LambdaHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

/** API Gateway refuses payloads over 10 MB; locally we stop reading well before. */
const MAX_READ_BYTES = 1024 * 1024;

const handlers = new Map<string, Promise<LambdaHandler>>();

function loadHandler(group: RouteGroup | 'fallback'): Promise<LambdaHandler> {
  let loaded = handlers.get(group);
  if (!loaded) {
    loaded = import(`../${group}/handler.ts`).then((m: { handler: LambdaHandler }) => m.handler);
    handlers.set(group, loaded);
  }
  return loaded;
}

function readBody(request: IncomingMessage): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_READ_BYTES) {
        resolve('too_large');
        request.resume();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(
  response: ServerResponse,
  status: number,
  headers: Record<string, string | string[]>,
  body: Buffer | string,
) {
  response.writeHead(status, headers);
  response.end(body);
}

export interface ApiServerOptions {
  port: number;
  mailbox?: DevMailbox;
  /** The local SES: its messages join Cognito's in the dev mailbox. */
  ses?: RunningSes;
  /** Folder holding the built `widget.js`. */
  widgetDir: string;
  /**
   * Keep the shared answers (`GET /v1/comments`, `/v1/counts`) as CloudFront does (edge.ts):
   * `npm start` does, and the tests of the cache; other tests read the API's latest.
   * @default false
   */
  edgeCache?: boolean;
}

async function serveStatic(
  path: string,
  options: ApiServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  if (path === '/' || path === '/index.html') {
    send(response, 200, { 'content-type': 'text/html; charset=utf-8', ...localPageHeaders() }, demoPage());
    return true;
  }
  const file = await staticFile(path, options.widgetDir);
  if (file) {
    const answer = { status: file.status ?? 200, headers: file.headers, body: file.body };
    const result = compressed(request.headers['accept-encoding'], answer);
    send(response, result.status, result.headers, result.body);
    return true;
  }
  if (path === '/widget.js' || path.startsWith('/console')) {
    send(response, 404, { 'content-type': 'text/plain' }, 'Not built yet: run `npm run build`.');
    return true;
  }
  if (path === '/_dev/mail' && options.mailbox) {
    send(
      response,
      200,
      { 'content-type': 'application/json; charset=utf-8', ...localPageHeaders() },
      JSON.stringify(await devMessages(options.mailbox, options.ses)),
    );
    return true;
  }
  if (path.startsWith('/_dev/mail/') && options.ses) {
    const html = await sesHtmlPart(options.ses, decodeURIComponent(path.slice('/_dev/mail/'.length)));
    // A sandbox with no script: a hostile text in a mail shows as the mail client would (or worse) show it.
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "sandbox; script-src 'none'",
    };
    send(response, html ? 200 : 404, headers, html ?? 'No such message');
    return true;
  }
  if (path === '/_dev/mail.html' && options.mailbox) {
    const page = mailboxPage(await devMessages(options.mailbox, options.ses));
    send(response, 200, { 'content-type': 'text/html; charset=utf-8', ...localPageHeaders() }, page);
    return true;
  }
  return false;
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  options: ApiServerOptions,
  edge: EdgeCache | undefined,
) {
  const path = new URL(request.url ?? '/', 'http://local').pathname;
  const method = request.method ?? 'GET';
  if (method === 'GET' && (await serveStatic(path, options, request, response))) return;

  const body = await readBody(request);
  if (body === 'too_large') {
    const error = { error: { code: 'payload_too_large', message: 'The request body is too large.' } };
    send(response, 413, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify(error));
    return;
  }
  // The stack's own webhook receiver (only where the local allowance is on: the stack, the tests).
  if (path.startsWith('/_dev/webhook') && process.env.WEBHOOKS_ALLOW_LOCAL === '1') {
    const json = { 'content-type': 'application/json; charset=utf-8' };
    if (method === 'POST' && path === '/_dev/webhook') {
      const headers = request.headers as Record<string, string | undefined>;
      await receiveDevWebhook(headers, body.toString('utf8'));
      send(response, 204, json, '');
    } else send(response, 200, json, JSON.stringify({ deliveries: devWebhooks() }));
    return;
  }
  // The console's site exports, standing in for the bucket's pre-signed links (a signed token, never a path).
  if (method === 'GET' && path.startsWith(LOCAL_EXPORTS_PATH) && process.env.EXPORTS_DIR) {
    await serveLocalExport(path.slice(LOCAL_EXPORTS_PATH.length), response);
    return;
  }
  const matched = matchRoute(method, path);
  const handler = await loadHandler(matched ? matched.route.group : 'fallback');
  const call = async (ifNoneMatch?: string): Promise<EdgeAnswer> => {
    const event = toEvent(request, body, matched);
    if (ifNoneMatch !== undefined) event.headers['if-none-match'] = ifNoneMatch;
    return fromResult(await handler(event));
  };
  // CloudFront keys a request with a token apart: it never meets another reader's copy.
  const shared =
    edge && method === 'GET' && matched?.route.cache === 'shared' && !request.headers.authorization;
  const answer = shared
    ? await edge.serve(
        `${request.url}\n${request.headers.origin ?? ''}`,
        request.headers['if-none-match'],
        call,
      )
    : await call();
  const result = compressed(request.headers['accept-encoding'], answer);
  send(response, result.status, result.headers, result.body);
}

/** Streams the export file a link's token signs, as an attachment; 404 for any other token. */
async function serveLocalExport(token: string, response: ServerResponse): Promise<void> {
  const file = (() => {
    try {
      return localExportOf(decodeURIComponent(token));
    } catch {
      return undefined;
    }
  })();
  if (!file) {
    send(response, 404, { 'content-type': 'text/plain' }, 'This link does not work (expired or not valid).');
    return;
  }
  response.writeHead(200, {
    'content-type': 'application/x-ndjson; charset=utf-8',
    'content-disposition': `attachment; filename="${file.filename}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  await pipeline(createReadStream(file.path), response);
}

/** Starts the server; resolves once it listens. */
export function startApiServer(options: ApiServerOptions): Promise<{ server: Server; url: string }> {
  const edge = options.edgeCache ? new EdgeCache() : undefined;
  const server = createServer((request, response) => {
    handle(request, response, options, edge).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, { 'content-type': 'text/plain' }, 'local server error');
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}
