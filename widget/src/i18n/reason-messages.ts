/**
 * i18n: why a comment is held or refused, from the server's reason code and parameters, in both
 * languages. Shared by the widget (its author reads it) and the console (moderators read it), so
 * the wording stays neutral. A chunk of its own: a page with no held or refused comment of the
 * reader's never downloads it. Keyed by every `ReasonCode`: a code added on the server and not
 * translated here fails the type check.
 */
import type { Reason, ReasonCode, ReasonParams, Statement } from '../../../functions/comments/types.js';
import type { Lang } from './messages.js';

/** A text for every reason code, from its parameters. */
export type ReasonTexts = { [C in ReasonCode]: (params: ReasonParams[C]) => string } & {
  /** The reason followed by a moderator's own words. */
  withNote: (reason: string, note: string) => string;
};

const frPlural = (n: number, one: string, many: string) => `${n.toLocaleString('fr')} ${n > 1 ? many : one}`;
const enPlural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The reason texts, by language. */
export const reasonTexts: Record<Lang, ReasonTexts> = {
  fr: {
    banned_word: () => 'Contient un mot interdit par la charte du site',
    suspect_word: () => 'Contient un mot que la modération vérifie avant publication',
    too_many_links: ({ links, max }) =>
      `Trop de liens (${links.toLocaleString('fr')} ; ${max === 0 ? 'aucun autorisé' : frPlural(max, 'autorisé', 'autorisés')})`,
    classifier: ({ kind, score }) =>
      `Repéré par le filtre automatique (${kind === 'spam' ? 'publicité possible' : 'ton agressif'}, score ${score.toLocaleString('fr')})`,
    classifier_unavailable: () =>
      'Filtre automatique indisponible : relu par la modération avant publication',
    first_comments: ({ approved, required }) =>
      `Premiers commentaires relus par la modération (${frPlural(approved, 'validé', 'validés')} sur ${required.toLocaleString('fr')})`,
    repeated_text: () => "Même texte qu'un des 10 commentaires précédents du même auteur",
    guest_comment: () => 'Les commentaires des invités sont relus avant publication',
    pre_moderation: () => 'Sur ce site, tous les commentaires sont relus avant publication',
    reported: ({ reports }) =>
      `Signalé par des lecteurs (${frPlural(reports, 'signalement', 'signalements')})`,
    moderator_rejected: () => 'Refusé par la modération',
    moderator_spam: () => 'Classé comme indésirable par la modération',
    unspecified: () => 'Motif non précisé',
    withNote: (reason, note) => `${reason} : « ${note} »`,
  },
  en: {
    banned_word: () => "Contains a word the site's rules forbid",
    suspect_word: () => 'Contains a word the moderators check before publishing',
    too_many_links: ({ links, max }) =>
      `Too many links (${links.toLocaleString('en')}; ${max === 0 ? 'none allowed' : `${max.toLocaleString('en')} allowed`})`,
    classifier: ({ kind, score }) =>
      `Flagged by the automatic filter (${kind === 'spam' ? 'possible spam' : 'aggressive tone'}, score ${score.toLocaleString('en')})`,
    classifier_unavailable: () =>
      'Automatic filter unavailable: reviewed by the moderators before publishing',
    first_comments: ({ approved, required }) =>
      `First comments are reviewed by the moderators (${approved.toLocaleString('en')} of ${required.toLocaleString('en')} approved)`,
    repeated_text: () => "Same text as one of the same author's 10 previous comments",
    guest_comment: () => 'Guest comments are reviewed before they are published',
    pre_moderation: () => 'On this site, every comment is reviewed before it is published',
    reported: ({ reports }) => `Reported by readers (${enPlural(reports, 'report', 'reports')})`,
    moderator_rejected: () => 'Rejected by the moderators',
    moderator_spam: () => 'Marked as spam by the moderators',
    unspecified: () => 'No reason given',
    withNote: (reason, note) => `${reason}: “${note}”`,
  },
};

/** The labels of a statement of reasons (DSA art. 17), by language: title, then one per field. */
export const statementLabels: Record<Lang, [string, string, string, string, string, string]> = {
  fr: [
    'Exposé des motifs',
    'Commentaire retiré à la suite d’une notification de contenu illicite.',
    'Faits',
    'Fondement',
    'Recours',
    'Des moyens automatisés ont servi à cette décision.',
  ],
  en: [
    'Statement of reasons',
    'Comment removed following a notice of illegal content.',
    'Facts',
    'Ground',
    'Redress',
    'Automated means were used in this decision.',
  ],
};

/** The lines of a statement under its title: the decision, the facts, the ground, the redress, automation. */
export function statementLines(lang: Lang, s: Statement): string[] {
  const [, decision, facts, ground, redress, automated] = statementLabels[lang];
  // French sets a space before the colon.
  const sep = lang === 'fr' ? ' : ' : ': ';
  return [
    decision,
    `${facts}${sep}${s.facts}`,
    `${ground}${sep}${s.ground.name}. ${s.ground.explanation}`,
    `${redress}${sep}${s.redress}`,
    ...(s.automated ? [automated] : []),
  ];
}

/** The text of a reason (with the moderator's note, when there is one). */
export function reasonText(texts: ReasonTexts, reason: Reason & { note?: string }): string {
  // Each code's function takes that code's params; TypeScript cannot follow the pair through the union.
  const format = texts[reason.code] as (params: Reason['params']) => string;
  const text = format(reason.params ?? {});
  return reason.note ? texts.withNote(text, reason.note) : text;
}
