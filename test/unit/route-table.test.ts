import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handlerModule, routeGroups, routeKey, routes } from '../../functions/routes.js';
import type { Operation, Operations } from '../../functions/shared/http/http-handler.js';

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

  it('types a group’s operations as exactly those its rows name (npm run typecheck)', () => {
    // Prepare
    const operation: Operation = async () => ({ status: 204 });
    // Act: each line would fail the type check without its directive.
    // @ts-expect-error `updateSite` is missing: its row would have no operation.
    const missing: Operations<'sites'> = { getSite: operation };
    // @ts-expect-error `purgeSite` is named by no row of the table.
    const extra: Operations<'sites'> = { getSite: operation, updateSite: operation, purgeSite: operation };
    // Assess
    expect(Object.keys({ ...missing, ...extra })).toEqual(['getSite', 'updateSite', 'purgeSite']);
  });

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
