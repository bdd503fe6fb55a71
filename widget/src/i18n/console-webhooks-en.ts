/** i18n: the webhooks screen of the console, in English. */
import type { WebhookMessages } from './console-messages.js';

/** English texts of the webhooks screen. */
export const webhooksEn: WebhookMessages = {
  title: (site) => `Webhooks of site ${site}`,
  intro:
    "Your tools receive the site's events, signed per Standard Webhooks. https:// addresses on the public internet only.",
  none: 'No endpoint for this site.',
  addTitle: 'Add an endpoint',
  url: 'URL',
  description: 'Description (optional)',
  events: 'Events',
  add: 'Add',
  secretTitle: 'Signing secret',
  secretHint: 'Copy this secret now and keep it in your receiver: it will never be shown again.',
  secretDone: 'I have copied the secret',
  status: { active: 'Active', failing: 'Failing', disabled: 'Disabled (410)' },
  lastDelivery: (at, code) => `Last delivery: ${at} (${code})`,
  test: 'Send a test event',
  delete: 'Delete',
  confirmDelete: (url) => `Delete the endpoint ${url}? It will receive nothing more.`,
  deleted: 'Endpoint deleted.',
  testSent: (status) => `Test event: ${status}.`,
  log: 'Delivery log',
  hideLog: 'Hide the log',
  logCaption: (url) => `Deliveries to ${url}, newest first`,
  noDeliveries: 'No delivery yet.',
  columns: {
    at: 'When',
    type: 'Event',
    attempt: 'Attempt',
    result: 'Answer',
    status: 'Status',
    action: 'Action',
  },
  deliveryStatus: { sent: 'Delivered', retrying: 'Retry scheduled', failed: 'Failed' },
  sendAgain: 'Send again',
  resent: (status) => `Sent again: ${status}.`,
};
