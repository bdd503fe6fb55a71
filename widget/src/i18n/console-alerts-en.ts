/** i18n: the console's "My alerts" screen, in English. */
import type { AlertMessages } from './console-messages.js';

/** English texts of the staff member's own alerts. */
export const alertsEn: AlertMessages = {
  title: (site) => `My alerts for the site ${site}`,
  intro: 'These settings are yours only, and for this site only. The emails go to your account’s address.',
  digest: 'Digest of the “Pending”, “Reported” and “Legal notices” queues',
  frequencies: {
    off: 'Never',
    '15m': 'Every 15 minutes',
    '1h': 'Every hour',
    '1d': 'Once a day',
  },
  notices: 'Email me as soon as illegal content is reported',
  noticesHint: 'One email per notice, without waiting for the digest.',
  save: 'Save my alerts',
  saved: 'Alerts saved.',
  nextDigest: (at) => (at ? `Next digest: ${at} (if there are comments to moderate).` : 'No digest planned.'),
};
