/** Security test support: the shape of a prepared request, shared by the per-domain request builders. */
import { api, bearer } from '../test-app.js';
import type { Account, Role, World } from './world.js';

export type ApiResponse = Awaited<ReturnType<typeof api>>;

export interface Prepared {
  /** Path with its query string. */
  path: string;
  body?: unknown;
  /** Whose token goes with the request; undefined sends none. */
  actor: Account | undefined;
  /** The caller's own email, which their session response may show. */
  ownEmail?: string;
  /** Checks the effect of the call, or that a refused call changed nothing. */
  after?(res: ApiResponse): Promise<void>;
}

/** Makes a valid request of one route for one role. */
export type Build = (world: World, role: Role) => Promise<Prepared>;

let counter = 0;
/** A number unique in this process, for page names and such. */
export const next = () => counter++;

export const actorOf = (w: World, role: Role) => (role === 'anonymous' ? undefined : w.actors[role]);

export const query = (params: Record<string, string>) => `?${new URLSearchParams(params)}`;

/** A request whose only variable part is its path (and maybe a constant body). */
export const simple =
  (path: (w: World) => string, body?: (w: World) => unknown): Build =>
  async (w, role) => ({ path: path(w), body: body?.(w), actor: actorOf(w, role) });

/** Sends a prepared request with `token` (default: the actor's ID token; none when anonymous). */
export function send(w: World, method: string, prepared: Prepared, token = prepared.actor?.idToken) {
  return api(w.app, method, prepared.path, prepared.body, token ? bearer(token) : {});
}
