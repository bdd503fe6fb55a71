/**
 * Embed: a chunk loaded when the thread's first page failed, telling the site owner in the
 * browser console why. The API gives a page whose origin the site does not list no CORS headers
 * (a deliberate rule, see functions/shared/http/cors.ts), so the browser hides its answer and the
 * widget sees a network error, as when the API is down. A second request without CORS
 * (`no-cors`, whose answer stays opaque) tells them apart: it succeeds when the API answered.
 */
import { ApiError } from '../api/api-error.js';
import type { EmbedOptions } from './options.js';

/** The command that adds `origin` to the site's allowed origins (functions/sites/cli.ts). */
export const addOriginCommand = (site: string, origin: string) =>
  `npm run site -- update ${site} --add-origin ${origin}`;

/**
 * Warns in the console: the origin to allow and the command, that the API cannot be reached, or
 * the code the API answered (`site_not_found` for a mistyped `data-site`...).
 */
export async function diagnose({ api, site }: Pick<EmbedOptions, 'api' | 'site'>, error: unknown) {
  if (!(error instanceof ApiError)) return;
  if (error.code !== 'network_error') {
    console.warn(`Réagir: ${api} refused the comments of site "${site}": ${error.code}.`);
    return;
  }
  const origin = location.origin;
  const reached = await fetch(`${api}/v1/health`, { mode: 'no-cors' }).then(
    () => true,
    () => false,
  );
  console.warn(
    reached
      ? `Réagir: ${api} does not let ${origin} read the comments of site "${site}" (CORS). Add this origin to the site's allowedOrigins: ${addOriginCommand(site, origin)} (or in the console's settings).`
      : `Réagir: the API ${api} cannot be reached; the comments of site "${site}" are unavailable.`,
  );
}
