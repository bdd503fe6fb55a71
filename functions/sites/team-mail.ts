/**
 * Sites: the emails of the team page, in the language of the administrator who sent them (their
 * console's), built only with shared/mail/render.ts. An invitation carries the link that sets a
 * password (or takes an existing one) and joins the team; an existing account added to a team is
 * told so with a link to the console. Neither says anything about the person's other sites.
 */
import { consoleBase } from '../shared/mail/links.js';
import type { MailMessage } from '../shared/mail/mailer.js';
import { renderMail } from '../shared/mail/render.js';
import type { TeamMember } from './types.js';

export type Lang = 'fr' | 'en';
type Role = TeamMember['role'];

/** Who is asked to join which site, as the email says it. */
export interface TeamMailContent {
  siteName: string;
  role: Role;
  /** The administrator's display name. */
  by: string;
}

const T = {
  fr: {
    roles: { moderator: 'modérateur ou modératrice', admin: 'administrateur ou administratrice' },
    inviteTitle: (site: string) => `Invitation à l’équipe de ${site}`,
    invite: (by: string, site: string, role: string) =>
      `${by} vous invite à rejoindre l’équipe de ${site} sur Réagir, comme ${role}.`,
    inviteHow: 'Ouvrez ce lien pour choisir votre nom et votre mot de passe ; il vaut 7 jours.',
    inviteLink: 'Rejoindre l’équipe',
    inviteWhy: 'Si vous ne connaissez pas cette rédaction, ignorez ce message : aucun compte ne sera créé.',
    addedTitle: (site: string) => `Vous faites partie de l’équipe de ${site}`,
    added: (by: string, site: string, role: string) =>
      `${by} vous a ajouté(e) à l’équipe de ${site} sur Réagir, comme ${role}.`,
    addedHow: 'Connectez-vous à la console avec votre compte Réagir habituel.',
    addedLink: 'Ouvrir la console',
  },
  en: {
    roles: { moderator: 'moderator', admin: 'administrator' },
    inviteTitle: (site: string) => `Invitation to the team of ${site}`,
    invite: (by: string, site: string, role: string) =>
      `${by} invites you to join the team of ${site} on Réagir, as ${role}.`,
    inviteHow: 'Open this link to choose your name and password; it works for 7 days.',
    inviteLink: 'Join the team',
    inviteWhy: 'If you do not know this newsroom, ignore this message: no account will be created.',
    addedTitle: (site: string) => `You are on the team of ${site}`,
    added: (by: string, site: string, role: string) =>
      `${by} added you to the team of ${site} on Réagir, as ${role}.`,
    addedHow: 'Sign in to the console with your usual Réagir account.',
    addedLink: 'Open the console',
  },
} as const;

/** The invitation's link: the console's page that accepts it (the token stays in the hash, never sent to a server). */
export const invitationUrl = (token: string) => `${consoleBase()}#/invitation/${token}`;

/** The invitation email to `to`, with its link. */
export function invitationMail(to: string, lang: Lang, content: TeamMailContent, token: string): MailMessage {
  const t = T[lang];
  const title = t.inviteTitle(content.siteName);
  return {
    to,
    kind: 'TeamInvitation',
    subject: title,
    ...renderMail(lang, title, [
      { kind: 'text', text: t.invite(content.by, content.siteName, t.roles[content.role]) },
      { kind: 'text', text: t.inviteHow },
      { kind: 'link', label: t.inviteLink, url: invitationUrl(token) },
      { kind: 'footer', text: t.inviteWhy },
    ]),
  };
}

/** The email telling an existing account it was added to a site's team. */
export function addedMail(to: string, lang: Lang, content: TeamMailContent, site: string): MailMessage {
  const t = T[lang];
  const title = t.addedTitle(content.siteName);
  return {
    to,
    kind: 'TeamAdded',
    subject: title,
    ...renderMail(lang, title, [
      { kind: 'text', text: t.added(content.by, content.siteName, t.roles[content.role]) },
      { kind: 'text', text: t.addedHow },
      { kind: 'link', label: t.addedLink, url: `${consoleBase()}?site=${encodeURIComponent(site)}` },
    ]),
  };
}
