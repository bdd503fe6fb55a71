/** i18n: the team page of the console, in French. */
import type { TeamMessages } from './console-messages.js';

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
  addHint: 'La personne crée d’abord son compte Réagir sous un article, avec cette adresse.',
  email: 'Adresse e-mail de son compte',
  role: 'Rôle',
  add: 'Ajouter à l’équipe',
  added: (email, role) => `${email} ajouté(e) : ${role}.`,
  changed: (email, role) => `${email} : ${role}.`,
  removed: (email) => `${email} retiré(e) de l’équipe.`,
};
