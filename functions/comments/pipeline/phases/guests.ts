/** Phase: a guest's comment is held when the site asks for it. */
import type { Phase } from '../types.js';

export const guests: Phase = ({ guest, site }) =>
  guest && site.holdGuests
    ? { status: 'pending', phase: 'guests', code: 'guest_comment', params: {} }
    : undefined;
