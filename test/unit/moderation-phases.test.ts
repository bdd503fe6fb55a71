import { describe, expect, it } from 'vitest';
import { useScorer } from '../../functions/comments/pipeline/classifier.js';
import { moderate } from '../../functions/comments/pipeline/index.js';
import type { HeldBy } from '../../functions/comments/pipeline/reasons.js';
import {
  type ModerationInput,
  recentHashesAfter,
  standingForEdit,
} from '../../functions/comments/pipeline/types.js';
import { type Site, siteSettingsSchema } from '../../functions/sites/schemas.js';

function input(overrides: Partial<ModerationInput> = {}, settings: Partial<Site> = {}): ModerationInput {
  const site = {
    ...siteSettingsSchema.parse({}),
    id: 's',
    createdAt: '',
    updatedAt: '',
    ...settings,
  } as Site;
  return {
    site,
    body: 'Un avis mesuré sur la question.',
    bodyHash: 'h1',
    guest: false,
    author: { approvedCount: 5 },
    now: Date.parse('2026-11-28T12:00:00Z'),
    ...overrides,
  };
}

describe('the moderation pipeline', () => {
  it('publishes an ordinary comment', async () => {
    expect(await moderate(input())).toEqual({ status: 'approved' });
  });

  it('refuses a banned author with 403 banned, and lets them back after the ban ends', async () => {
    await expect(
      moderate(input({ author: { approvedCount: 1, bannedUntil: 'forever' } })),
    ).rejects.toMatchObject({ code: 'banned' });
    const ended = input({ author: { approvedCount: 1, bannedUntil: '2026-11-01T00:00:00Z' } });
    expect((await moderate(ended)).status).toBe('approved');
  });

  it('refuses text over the limit', async () => {
    await expect(moderate(input({ body: 'x'.repeat(11) }, { maxLength: 10 }))).rejects.toMatchObject({
      code: 'body_too_long',
    });
  });

  it('rejects banned words before holding suspect ones', async () => {
    const site = { bannedWords: ['abruti'], suspectWords: ['arnaque'] };
    expect(await moderate(input({ body: 'abruti et arnaque' }, site))).toMatchObject({
      status: 'rejected',
      phase: 'banned_words',
    });
    expect(await moderate(input({ body: 'une arnaque' }, site))).toMatchObject({
      status: 'pending',
      phase: 'suspect_words',
    });
  });

  it('holds too many links', async () => {
    const result = await moderate(
      input({ body: 'https://a.fr https://b.fr lisez tout cela attentivement' }, { maxLinks: 1 }),
    );
    expect(result).toMatchObject({ status: 'pending', phase: 'links' });
  });

  it('holds what the scorer flags, with its signals, and uses an external scorer when given one', async () => {
    const shouting = await moderate(
      input({ body: 'CECI EST UN SCANDALE ABSOLU ET TOTAL' }, { classifierThreshold: 0.3 }),
    );
    expect(shouting).toMatchObject({ status: 'pending', phase: 'classifier' });
    useScorer({ score: async () => ({ spam: 0.99, toxicity: 0, signals: ['external'] }) });
    try {
      expect(await moderate(input())).toMatchObject({
        phase: 'classifier',
        code: 'classifier',
        params: { kind: 'spam', score: 0.99 },
        matched: ['external'],
      });
    } finally {
      useScorer(undefined);
    }
  });

  it('holds a new author’s first comments', async () => {
    const site = { holdFirstComments: 2 };
    expect(await moderate(input({ author: { approvedCount: 1 } }, site))).toMatchObject({
      phase: 'first_comments',
    });
  });

  it('holds the edit of a newcomer’s approved first comment: the comment does not count for itself', async () => {
    // Prepare: one approved comment, the one being edited.
    const author = standingForEdit({ approvedCount: 1 }, { approvedOnce: true, ownBodyHash: 'old' });
    // Act
    const decision = await moderate(input({ author }, { holdFirstComments: 1 }));
    // Assess
    expect(decision).toMatchObject({ phase: 'first_comments', params: { approved: 0, required: 1 } });
  });

  it('publishes the edit of an author with enough other approved comments', async () => {
    const author = standingForEdit({ approvedCount: 2 }, { approvedOnce: true, ownBodyHash: 'old' });
    expect((await moderate(input({ author }, { holdFirstComments: 1 }))).status).toBe('approved');
  });

  it('does not take an edit keeping its own text for a repeat, but holds one copying the previous text', async () => {
    const own = standingForEdit({ approvedCount: 3, lastBodyHash: 'h1' }, { ownBodyHash: 'h1' });
    const copied = standingForEdit({ approvedCount: 3, lastBodyHash: 'h1' }, { ownBodyHash: 'h0' });
    expect((await moderate(input({ author: own }))).status).toBe('approved');
    expect(await moderate(input({ author: copied }))).toMatchObject({ phase: 'repeated_text' });
  });

  it('holds a repeat of the previous text', async () => {
    expect(await moderate(input({ author: { approvedCount: 3, lastBodyHash: 'h1' } }))).toMatchObject({
      phase: 'repeated_text',
    });
  });

  it('holds guests when asked, and everything on a pre-moderated site', async () => {
    expect(await moderate(input({ guest: true }, { holdGuests: true }))).toMatchObject({ phase: 'guests' });
    expect(await moderate(input({}, { moderation: 'pre' }))).toMatchObject({ phase: 'pre_moderation' });
  });

  // Every verdict the pipeline can give, with the exact code and parameters a client translates.
  const verdicts: [string, Partial<ModerationInput>, Partial<Site>, 'pending' | 'rejected', HeldBy][] = [
    [
      'a banned word, naming it for moderators only',
      { body: 'quel abruti' },
      { bannedWords: ['abruti'] },
      'rejected',
      { phase: 'banned_words', code: 'banned_word', params: {}, matched: ['abruti'] },
    ],
    [
      'a suspect word',
      { body: 'une arnaque' },
      { suspectWords: ['arnaque'] },
      'pending',
      { phase: 'suspect_words', code: 'suspect_word', params: {}, matched: ['arnaque'] },
    ],
    [
      'too many links',
      { body: 'https://a.fr et https://b.fr à lire' },
      { maxLinks: 1 },
      'pending',
      { phase: 'links', code: 'too_many_links', params: { links: 2, max: 1 } },
    ],
    [
      'a shouting text over the threshold',
      { body: 'CECI EST UN SCANDALE ABSOLU ET TOTAL' },
      { classifierThreshold: 0.3 },
      'pending',
      {
        phase: 'classifier',
        code: 'classifier',
        params: { kind: 'toxicity', score: 0.4 },
        matched: ['shouting'],
      },
    ],
    [
      'a first comment',
      { author: { approvedCount: 1 } },
      { holdFirstComments: 3 },
      'pending',
      { phase: 'first_comments', code: 'first_comments', params: { approved: 1, required: 3 } },
    ],
    [
      'a repeated text',
      { author: { approvedCount: 3, lastBodyHash: 'h1' } },
      {},
      'pending',
      { phase: 'repeated_text', code: 'repeated_text', params: {} },
    ],
    [
      'a guest on a site that holds guests',
      { guest: true },
      { holdGuests: true },
      'pending',
      { phase: 'guests', code: 'guest_comment', params: {} },
    ],
    [
      'any comment on a pre-moderated site',
      {},
      { moderation: 'pre' },
      'pending',
      { phase: 'pre_moderation', code: 'pre_moderation', params: {} },
    ],
  ];

  it.each(verdicts)(
    'gives %s as a reason code with its parameters',
    async (_, over, site, status, heldBy) => {
      expect(await moderate(input(over, site))).toEqual({ status, ...heldBy, reasons: [heldBy] });
    },
  );

  it('lists every rule that holds a comment, the first one deciding', async () => {
    const site = { maxLinks: 0, suspectWords: ['arnaque'], holdFirstComments: 2 };
    const body = 'Une arnaque, voyez https://a.example';

    const decision = await moderate(input({ body, author: { approvedCount: 0 } }, site));

    expect(decision).toMatchObject({ status: 'pending', phase: 'suspect_words' });
    expect(decision.status !== 'approved' && decision.reasons.map((r) => r.code)).toEqual([
      'suspect_word',
      'too_many_links',
      'first_comments',
    ]);
  });

  it('stops at a banned word without listing the holds after it', async () => {
    const site = { bannedWords: ['abruti'], maxLinks: 0 };

    const decision = await moderate(input({ body: 'abruti https://a.example' }, site));

    expect(decision.status !== 'approved' && decision.reasons.map((r) => r.code)).toEqual(['banned_word']);
  });

  it('holds a repeat of any of the last 10 texts, not of an older one', async () => {
    const recent = ['h9', 'h8', 'h7', 'h6', 'h1', 'h5', 'h4', 'h3', 'h2', 'h0'];
    const author = { approvedCount: 3, recentBodyHashes: recent };

    expect(await moderate(input({ author }))).toMatchObject({ phase: 'repeated_text' });
    expect((await moderate(input({ author, bodyHash: 'h-old' }))).status).toBe('approved');
  });

  it('keeps the last 10 texts, newest first and each once', () => {
    const recent = Array.from({ length: 10 }, (_, i) => `h${i}`);

    expect(recentHashesAfter({ approvedCount: 0, recentBodyHashes: recent }, 'new')).toEqual([
      'new',
      ...recent.slice(0, 9),
    ]);
    expect(recentHashesAfter({ approvedCount: 0, recentBodyHashes: recent }, 'h4')).toEqual([
      'h4',
      ...recent.filter((h) => h !== 'h4'),
    ]);
    expect(recentHashesAfter({ approvedCount: 0, lastBodyHash: 'old' }, 'new')).toEqual(['new', 'old']);
  });

  it('never writes a sentence in a verdict', async () => {
    for (const [, over, site] of verdicts) {
      expect(JSON.stringify(await moderate(input(over, site)))).not.toMatch(/[A-Za-z]+ [a-z]+ [a-z]+/);
    }
  });

  it('refuses text over the limit with its length and the limit as parameters', async () => {
    await expect(moderate(input({ body: 'x'.repeat(11) }, { maxLength: 10 }))).rejects.toMatchObject({
      code: 'body_too_long',
      params: { length: 11, max: 10 },
    });
  });

  it('refuses a banned author with the end of the ban as a parameter', async () => {
    const until = '2027-01-03T00:00:00.000Z';
    await expect(moderate(input({ author: { approvedCount: 1, bannedUntil: until } }))).rejects.toMatchObject(
      {
        code: 'banned',
        params: { until },
      },
    );
  });
});
