/**
 * E2E support: a news site on another origin than the API and the widget (another port), as in
 * production where the article, the CDN and the API have three hosts. A tiny node:http server
 * answers every path with the page's HTML, so the browser sees a real cross-origin embed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A running host page server. */
export interface OtherOrigin {
  /** `http://127.0.0.1:<port>`, the page's origin. */
  origin: string;
  /** Serves `html` from now on. */
  serve(html: string): void;
  stop(): Promise<void>;
}

/** Starts the server on a free port. */
export async function startOtherOrigin(): Promise<OtherOrigin> {
  let html = '';
  const server: Server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve(next) {
      html = next;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
