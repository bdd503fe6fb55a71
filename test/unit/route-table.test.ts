import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handlerModule, routeGroups, routeKey, routes } from '../../functions/routes.js';

describe('the route table', () => {
  it.each(routes.map((r) => [routeKey(r), r] as const))(
    '%s names an operation its group handler exports',
    async (_key, route) => {
      const path = handlerModule(route.group);
      expect(existsSync(path)).toBe(true);
      const module = (await import(`../../${path}`)) as {
        operations: Record<string, unknown>;
        handler: unknown;
      };
      expect(typeof module.operations[route.operation]).toBe('function');
      expect(typeof module.handler).toBe('function');
      expect(['public', 'reader', 'moderator', 'admin']).toContain(route.access);
    },
  );

  it('has no route twice', () => {
    const keys = routes.map(routeKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('puts every route under /v1', () => {
    expect(routes.every((r) => r.path.startsWith('/v1/'))).toBe(true);
  });

  it('lists each group once', () => {
    expect(routeGroups().length).toBe(new Set(routes.map((r) => r.group)).size);
  });
});
