/**
 * Mail: the stage's addresses that emails link to, so every domain's mail builds them one way.
 */

/** The API's base URL for the links (the stage's; the local stack sets it). */
export const apiBase = () => (process.env.PUBLIC_API_URL ?? '').replace(/\/+$/, '');

/**
 * The console's address: `CONSOLE_URL` when the stage sets it (the CDN's `/console/`), else the
 * API origin's `/console/` (the local stack serves it there).
 */
export const consoleBase = () => (process.env.CONSOLE_URL ?? `${apiBase()}/console/`).replace(/\/*$/, '/');
