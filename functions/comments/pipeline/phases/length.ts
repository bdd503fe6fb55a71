/** Phase: empty text or text over the site's limit is refused (400), as the service already checks on input. */
import { checkedBody } from '../../text.js';
import type { Phase } from '../types.js';

export const length: Phase = ({ body, site }) => {
  checkedBody(body, site);
  return undefined;
};
