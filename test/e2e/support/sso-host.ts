/**
 * E2E support: a publisher's site on another origin, with its own signing server (docs/sso.md):
 * `/article` is the page, which renders the widget with a `getSsoToken()` asking `/reagir-token`;
 * that answers a token signed with the site's secret while its reader is logged in there, 204
 * otherwise, and counts how often it was asked.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT } from 'jose';

export interface SsoHost {
  origin: string;
  /** What the page embeds and the server signs; set before the page is opened. */
  options?: SsoHostOptions;
  /** Whether the publisher's reader is logged in on the publisher's site. */
  loggedIn: boolean;
  /** Tokens handed out so far. */
  issued: number;
  stop(): Promise<void>;
}

export interface SsoHostOptions {
  site: string;
  kid: string;
  secret: string;
  widgetUrl: string;
  reader: { id: string; username: string; badges?: string[] };
}

const page = (o: SsoHostOptions) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Un article du journal</title></head>
<body>
<h1>Un article du journal</h1>
<div id="comments"></div>
<script src="${o.widgetUrl}" data-site="${o.site}"></script>
<script>
  window.Reagir.render({
    target: '#comments',
    page: 'article-sso',
    getSsoToken: () => fetch('/reagir-token').then((r) => (r.status === 200 ? r.text() : null)),
  });
</script>
</body></html>`;

export async function startSsoHost(): Promise<SsoHost> {
  const host: SsoHost = { origin: '', loggedIn: true, issued: 0, stop: async () => undefined };
  const server: Server = createServer(async (request, response) => {
    const options = host.options;
    if (!options) return response.writeHead(503).end();
    const secret = new TextEncoder().encode(options.secret);
    if (request.url === '/reagir-token') {
      if (!host.loggedIn) return response.writeHead(204).end();
      const now = Math.floor(Date.now() / 1000);
      const token = await new SignJWT({ user: options.reader, iat: now, exp: now + 600 })
        .setProtectedHeader({ alg: 'HS256', kid: options.kid })
        .sign(secret);
      host.issued++;
      response.writeHead(200, { 'content-type': 'text/plain' });
      return response.end(token);
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page(options));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  host.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  host.stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return host;
}
