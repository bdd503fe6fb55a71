/** Phase: more links than the site allows holds the comment. */

import { countLinks } from '../../../shared/text/words.js';
import type { Phase } from '../types.js';

export const links: Phase = ({ body, site }) => {
  const count = countLinks(body);
  if (count <= site.maxLinks) return undefined;
  return {
    status: 'pending',
    phase: 'links',
    code: 'too_many_links',
    params: { links: count, max: site.maxLinks },
  };
};
