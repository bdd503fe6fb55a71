/**
 * Health: a route that answers without touching any backend, for uptime checks. It reads no token,
 * so its bundle holds no AWS SDK client (functions/shared/http/anonymous-handler.ts).
 */
import { type AnonymousOperations, createAnonymousHandler } from '../shared/http/anonymous-handler.js';

export const operations: AnonymousOperations<'health'> = {
  async health() {
    return { status: 200, body: { ok: true } };
  },
};

export const handler = createAnonymousHandler('health', operations);
