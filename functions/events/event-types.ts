/** Events: every event type, listed (webhook subscriptions are checked against it). */
import type { EventType } from './types.js';

export const EVENT_TYPES = [
  'comment.created',
  'comment.published',
  'comment.refused',
  'comment.deleted',
  'comment.edited',
  'comment.reported',
  'notice.received',
  'decision.made',
] as const satisfies readonly EventType[];
