/** i18n: the team page of the console, in French. */
import type { InvitationMessages, TeamMessages } from './console-team-messages.js';

export const teamFr: TeamMessages = {
  title: (site) => `Équipe du site ${site}`,
  intro:
    'Les modérateurs modèrent ce site seulement ; les administrateurs gèrent aussi ses réglages, ses webhooks et son équipe.',
  none: 'Personne dans l’équipe de ce site pour l’instant.',
  roles: { moderator: 'Modération', admin: 'Administration' },
  since: (date) => `depuis le ${date}`,
  makeAdmin: 'Passer en administration',
  makeModerator: 'Passer en modération',
  remove: 'Retirer',
  confirmRemove: (email) => `Confirmer : retirer ${email} de l’équipe`,
  addTitle: 'Ajouter quelqu’un',
  addHint:
    'Une personne qui a déjà un compte Réagir rejoint l’équipe tout de suite ; sinon elle reçoit une invitation par e-mail pour créer son mot de passe (valable 7 jours).',
  email: 'Adresse e-mail',
  role: 'Rôle',
  add: 'Ajouter à l’équipe',
  added: (email, role) => `${email} ajouté(e) : ${role}.`,
  changed: (email, role) => `${email} : ${role}.`,
  removed: (email) => `${email} retiré(e) de l’équipe.`,
  invitationsTitle: 'Invitations en attente',
  invited: (email, role) => `Invitation envoyée à ${email} : ${role}.`,
  invitedBy: (name, date) => `invité(e) par ${name} le ${date}`,
  invitationUntil: (date) => `lien valable jusqu’au ${date}`,
  invitationExpired: 'lien expiré',
  sendAgain: 'Renvoyer l’invitation',
  sentAgain: (email) => `Nouvelle invitation envoyée à ${email} ; l’ancien lien ne marche plus.`,
  withdraw: 'Retirer l’invitation',
  confirmWithdraw: (email) => `Confirmer : retirer l’invitation de ${email}`,
  withdrawn: (email) => `Invitation de ${email} retirée.`,
  logMember: (email) => `membre : ${email}`,
};

export const invitationFr: InvitationMessages = {
  title: (site) => `Rejoindre l’équipe de ${site}`,
  intro: (by, site, role) => `${by} vous invite à rejoindre l’équipe de ${site}, rôle : ${role}.`,
  newAccount: 'Choisissez le nom affiché sous vos commentaires et votre mot de passe.',
  existingAccount: (email) => `${email} a déjà un compte Réagir : entrez son mot de passe.`,
  name: 'Nom affiché',
  nameHint: 'Visible des lecteurs sous vos commentaires.',
  password: 'Mot de passe',
  passwordHint: '8 caractères au moins.',
  accept: 'Rejoindre l’équipe',
  joined: (site) => `Bienvenue dans l’équipe de ${site}.`,
  openConsole: 'Ouvrir la console',
  checking: 'Lecture de l’invitation…',
};
