/** E2E support: comments written through the API, as another reader would have. */
import type { Comment } from '../../../functions/comments/types.js';
import { api, type TestApp } from '../../support/test-app.js';

/** Posts a guest comment (or reply) and returns it; throws on any answer but 201. */
export async function seedComment(
  app: TestApp,
  site: string,
  page: string,
  body: string,
  options: { parentId?: string; name?: string } = {},
): Promise<Comment> {
  const response = await api(app, 'POST', '/v1/comments', {
    site,
    page,
    body,
    parentId: options.parentId,
    author: { name: options.name ?? 'Camille', email: 'camille@example.org' },
  });
  if (response.status !== 201)
    throw new Error(`seeding failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.comment as Comment;
}
