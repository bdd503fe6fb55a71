/**
 * Alerts: the emails that tell a decision (issue 15, point 5). The author of a refused comment gets
 * why and how to contest; after a decision on notices of illegal content (DSA art. 17) the author
 * gets the statement of reasons and each notifier the outcome. Every text through the renderer;
 * no one's address but the recipient's.
 */
import type { Statement } from '../comments/types.js';
import { excerpt, type MailBlock, renderMail } from '../shared/mail/render.js';

export type Lang = 'fr' | 'en';

const T = {
  fr: {
    refusedTitle: 'Votre commentaire n’a pas été publié',
    refusedIntro: 'Les modérateurs ont décidé de ne pas publier votre commentaire :',
    reason: 'Motif',
    noReason: 'Il ne respecte pas la charte de participation du site.',
    contest: 'Pour contester cette décision, répondez à ce message ou écrivez à la rédaction du site.',
    statementTitle: 'Décision sur votre commentaire (exposé des motifs)',
    statementIntro: 'Un signalement de contenu illicite visait votre commentaire :',
    removed: 'Décision : le commentaire est retiré.',
    kept: 'Décision : le commentaire reste publié.',
    facts: 'Faits et circonstances',
    ground: 'Fondement',
    law: 'la loi',
    charter: 'la charte du site',
    redress: 'Voies de recours',
    automated: 'Des moyens automatisés ont été utilisés.',
    manual: 'La décision a été prise par une personne, sans moyen automatisé.',
    outcomeTitle: 'Suite donnée à votre signalement',
    outcomeIntro: 'Vous avez signalé ce commentaire comme illicite :',
    outcomeRemoved: 'Les modérateurs l’ont retiré.',
    outcomeKept: 'Après examen, les modérateurs l’ont laissé publié.',
    footer: 'Vous recevez ce message parce qu’une décision de modération vous concerne.',
  },
  en: {
    refusedTitle: 'Your comment was not published',
    refusedIntro: 'The moderators decided not to publish your comment:',
    reason: 'Reason',
    noReason: 'It does not follow the site’s participation rules.',
    contest: 'To contest this decision, reply to this message or write to the site’s newsroom.',
    statementTitle: 'Decision on your comment (statement of reasons)',
    statementIntro: 'A notice of illegal content concerned your comment:',
    removed: 'Decision: the comment is removed.',
    kept: 'Decision: the comment stays published.',
    facts: 'Facts and circumstances',
    ground: 'Ground',
    law: 'the law',
    charter: 'the site’s rules',
    redress: 'Redress',
    automated: 'Automated means were used.',
    manual: 'A person decided, without automated means.',
    outcomeTitle: 'What became of your notice',
    outcomeIntro: 'You reported this comment as illegal:',
    outcomeRemoved: 'The moderators removed it.',
    outcomeKept: 'After review, the moderators kept it published.',
    footer: 'You get this message because a moderation decision concerns you.',
  },
} as const;

export interface DecisionMail {
  subject: string;
  text: string;
  html: string;
}

const mail = (lang: Lang, title: string, blocks: MailBlock[]): DecisionMail => ({
  subject: title,
  ...renderMail(lang, title, [...blocks, { kind: 'footer', text: T[lang].footer }]),
});

/** To the author of a comment a moderator refused: the comment, the reason, how to contest. */
export function refusedMail(lang: Lang, body: string, reason: string | undefined): DecisionMail {
  const t = T[lang];
  return mail(lang, t.refusedTitle, [
    { kind: 'text', text: t.refusedIntro },
    { kind: 'quote', text: excerpt(body) },
    { kind: 'text', text: `${t.reason} : ${reason?.trim() || t.noReason}` },
    { kind: 'text', text: t.contest },
  ]);
}

/** To the author: the statement of reasons of a decision on notices. */
export function statementMail(lang: Lang, body: string, statement: Statement): DecisionMail {
  const t = T[lang];
  const ground = `${statement.ground.kind === 'law' ? t.law : t.charter} — ${statement.ground.name} : ${statement.ground.explanation}`;
  return mail(lang, t.statementTitle, [
    { kind: 'text', text: t.statementIntro },
    { kind: 'quote', text: excerpt(body) },
    { kind: 'text', text: statement.decision === 'remove' ? t.removed : t.kept },
    { kind: 'text', text: `${t.facts} : ${statement.facts}` },
    { kind: 'text', text: `${t.ground} : ${ground}` },
    { kind: 'text', text: `${t.redress} : ${statement.redress}` },
    { kind: 'text', text: statement.automated ? t.automated : t.manual },
  ]);
}

/** To a notifier: what became of the comment they reported. */
export function outcomeMail(lang: Lang, body: string, statement: Statement): DecisionMail {
  const t = T[lang];
  return mail(lang, t.outcomeTitle, [
    { kind: 'text', text: t.outcomeIntro },
    { kind: 'quote', text: excerpt(body) },
    { kind: 'text', text: statement.decision === 'remove' ? t.outcomeRemoved : t.outcomeKept },
    { kind: 'text', text: `${t.ground} : ${statement.ground.name}` },
  ]);
}
