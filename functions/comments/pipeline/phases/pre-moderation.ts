/** Phase: on a pre-moderated site every comment waits for a moderator. */
import type { Phase } from '../types.js';

export const preModeration: Phase = ({ site }) =>
  site.moderation === 'pre'
    ? { status: 'pending', phase: 'pre_moderation', code: 'pre_moderation', params: {} }
    : undefined;
