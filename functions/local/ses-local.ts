/**
 * Local stack: a local SES v2 endpoint (the `aws-ses-v2-local` package) that keeps every message
 * the handlers send, for the dev mailbox page and the tests. The same SES v2 client code as on
 * AWS sends to it (`SES_ENDPOINT`).
 */
import type { AddressInfo } from 'node:net';

/** A message as the local SES stored it. */
export interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  headers?: { name: string; value: string }[];
  /** Seconds since the epoch. */
  at: number;
}

export interface RunningSes {
  endpoint: string;
  /** Every message stored, oldest first. */
  messages(): Promise<StoredEmail[]>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

interface Server {
  close(callback?: () => void): void;
  closeAllConnections?(): void;
  address(): AddressInfo | string | null;
}
type Start = (options: { host: string; port: number }) => Promise<Server>;

// Its API routes want an AWS signature's first word, and nothing more.
const AUTH = { authorization: 'AWS local' };

/** Starts the local SES on `port` (0: a free one), on 127.0.0.1. */
export async function startLocalSes(port = 0): Promise<RunningSes> {
  // A CommonJS module: its default export arrives wrapped once or twice, depending on the loader.
  const loaded = (await import('aws-ses-v2-local')).default as unknown as Start | { default: Start };
  const start = typeof loaded === 'function' ? loaded : loaded.default;
  const server = await start({ host: '127.0.0.1', port });
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    endpoint,
    async messages() {
      const answer = await fetch(`${endpoint}/store`, { headers: AUTH });
      const { emails } = (await answer.json()) as { emails: StoredEmail[] };
      return emails;
    },
    async clear() {
      await fetch(`${endpoint}/clear-store`, { method: 'POST', headers: AUTH });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}
