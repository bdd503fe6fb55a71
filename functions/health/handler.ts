/** Health: a route that answers without touching any backend, for uptime checks. */
import { createHandler, type Operations } from '../shared/http/http-handler.js';

export const operations: Operations<'health'> = {
  async health() {
    return { status: 200, body: { ok: true } };
  },
};

export const handler = createHandler('health', operations);
