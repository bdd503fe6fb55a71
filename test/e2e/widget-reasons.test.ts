/**
 * Browser: on a French page, every reason an author can read about their held or refused comment
 * is French text from the reason's code, never the server's English, and a banned-word refusal
 * never names the word. A post refused for going too fast says how long to wait, with no
 * "publié" left over from the post before.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { SiteSettings } from '../../functions/sites/schemas.js';
import { api, bearer, createTestSite, signUpReader, staff, type TestApp } from '../support/test-app.js';
import { logInWithWidget } from './support/accounts.js';
import { hasBrowser } from './support/browser.js';
import { useE2E } from './support/e2e.js';
import { hostHtml, openHost } from './support/host-page.js';
import { postAsGuest } from './support/widget.js';

// What the server used to write, and what an English reason would look like: none may show.
const ENGLISH =
  /Contains|banned|suspect|links;|allows|New commenter|approved so far|Same text|Guest comments|reviews every|reports\b|toxicity|spam score|Rejected|rejected/;

/** The whole text of the widget, as a reader sees it. */
const widgetText = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const host = document.getElementById('reagir') ?? document.querySelector('.reagir');
    return host?.shadowRoot?.querySelector('section')?.textContent ?? '';
  });

const post = (app: TestApp, site: string, token: string, body: string) =>
  api(app, 'POST', '/v1/comments', { site, page: 'article-1', body }, bearer(token));

interface Case {
  settings: Partial<SiteSettings>;
  body: string;
  /** What happens after the reader posted `body`, before they look (a decision, reports). */
  afterPost?: (app: TestApp, site: string, commentId: string) => Promise<void>;
  /** The earlier comment that makes this one a repeat. */
  before?: string;
  french: string;
}

const cases: [string, Case][] = [
  [
    'too many links',
    {
      settings: { maxLinks: 1 },
      body: 'voir https://a.example et https://b.example',
      french: 'Trop de liens (2 ; 1 autorisé)',
    },
  ],
  [
    'a banned word',
    {
      settings: { bannedWords: ['crétin', 'nullard'] },
      body: 'Quel CR3T1N, celui-là',
      french: 'Contient un mot interdit par la charte du site',
    },
  ],
  [
    'a suspect word',
    {
      settings: { suspectWords: ['arnaque'] },
      body: 'Une belle arnaque',
      french: 'Contient un mot que la modération vérifie avant publication',
    },
  ],
  [
    'the automatic filter',
    {
      settings: { classifierThreshold: 0.3 },
      body: 'CECI EST UN SCANDALE ABSOLU ET TOTAL',
      french: 'Repéré par le filtre automatique (ton agressif, score 0,4)',
    },
  ],
  [
    'a first comment',
    {
      settings: { holdFirstComments: 2 },
      body: 'Mon premier commentaire',
      french: 'Premiers commentaires relus par la modération (0 validé sur 2)',
    },
  ],
  [
    'a repeated text',
    {
      settings: {},
      before: 'Copié, collé.',
      body: 'Copié, collé.',
      french: "Même texte qu'un des 10 commentaires précédents du même auteur",
    },
  ],
  [
    'pre-moderation',
    {
      settings: { moderation: 'pre' },
      body: 'À relire',
      french: 'Sur ce site, tous les commentaires sont relus avant publication',
    },
  ],
  [
    "a moderator's rejection with a typed note",
    {
      settings: {},
      body: 'Hors sujet ?',
      afterPost: async (app, _site, id) => {
        const moderator = await staff(app, ['moderators']);
        // Posted on a post-moderated site: the moderator saw it published.
        const decision = {
          commentIds: [id],
          seen: { [id]: 'approved' },
          action: 'reject',
          reason: 'hors sujet',
        };
        await api(app, 'POST', '/v1/moderation/decisions', decision, bearer(moderator.idToken));
      },
      french: 'Refusé par la modération : « hors sujet »',
    },
  ],
  [
    'reports reaching the threshold',
    {
      settings: { reportThreshold: 1, hideReported: true },
      body: 'Un avis tranché',
      afterPost: async (app, _site, id) => {
        const reporter = await signUpReader(app, 'Signaleur');
        await api(app, 'POST', `/v1/comments/${id}/reports`, { reason: 'abuse' }, bearer(reporter.idToken));
      },
      french: 'Signalé par des lecteurs (1 signalement)',
    },
  ],
];

describe.skipIf(!hasBrowser)('widget: reasons in the reader’s language', () => {
  const e2e = useE2E();

  it.each(cases)('shows its author %s in French, with no English server text', async (_, c) => {
    const site = await createTestSite(c.settings);
    const reader = await signUpReader(e2e.app, 'Camille');
    if (c.before) await post(e2e.app, site, reader.idToken, c.before);
    const posted = await post(e2e.app, site, reader.idToken, c.body);
    await c.afterPost?.(e2e.app, site, posted.body.comment.id);
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await logInWithWidget(e2e.page, reader.email, reader.password);

    await e2e.page.getByText(c.french, { exact: true }).waitFor();
    const text = await widgetText(e2e.page);
    expect(text).not.toMatch(ENGLISH);
    expect(text).not.toMatch(/nullard/);
  });

  it('shows a guest why their comment waits, in French', async () => {
    const site = await createTestSite({ guests: true, holdGuests: true });
    await openHost(e2e.page, e2e.app, hostHtml({ site }));

    await postAsGuest(e2e.page, 'Je passe par là.');

    await e2e.page.getByText('Les commentaires des invités sont relus avant publication').waitFor();
    expect(await widgetText(e2e.page)).not.toMatch(ENGLISH);
  });

  describe('with rate limits on', () => {
    afterEach(() => {
      process.env.RATE_LIMITS = 'off';
    });

    it('says how long to wait after posting too fast, and no longer says "publié"', async () => {
      process.env.RATE_LIMITS = 'on';
      const site = await createTestSite({ postsPerMinutePerUser: 1 });
      await openHost(e2e.page, e2e.app, hostHtml({ site }));
      await postAsGuest(e2e.page, 'Premier message.');
      await e2e.page.getByRole('status').getByText('Votre commentaire est publié.').waitFor();

      await e2e.page.getByLabel('Réagir à cet article').fill('Deuxième message, trop tôt.');
      await e2e.page.getByRole('button', { name: 'Publier' }).click();

      await e2e.page
        .getByRole('alert')
        .getByText(/^Vous publiez trop vite : réessayez dans \d+ secondes?\.$/)
        .waitFor();
      expect(await e2e.page.getByText('Votre commentaire est publié.').count()).toBe(0);
    });
  });
});
