/**
 * Events: imports every rider once, for its registrations (planners, kinds, scheduled tasks).
 * The handler and the schedule import this file; add a rider here.
 */
import '../webhooks/rider.js';
import '../alerts/decisions-rider.js';
import '../alerts/reply-rider.js';
import '../alerts/warning-rider.js';
import '../alerts/moderator-rider.js';
import '../alerts/follow-digest.js';
