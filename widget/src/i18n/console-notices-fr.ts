/** i18n: the console's texts for readers' reports and notices of illegal content, in French. */
import type { NoticeMessages } from './console-messages.js';

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export const noticesFr: NoticeMessages = {
  reportList: 'Signalements de ce tour',
  reporter: (name, guest) => `${name || 'Anonyme'}${guest ? ' (invité)' : ''}`,
  title: (n) => `${plural(n, 'notification', 'notifications')} de contenu illicite (DSA, art. 16)`,
  explanation: 'Explication du notifiant :',
  seen: 'Texte tel que le notifiant l’a vu',
  exempt: 'Abus sexuel sur mineur (directive 2011/93/UE, art. 3 à 7)',
  decide: 'Décider, avec l’exposé des motifs…',
  dialogTitle: 'Décision sur les notifications',
  decision: 'Décision',
  keep: 'Garder le commentaire',
  remove: 'Retirer le commentaire',
  facts: 'Faits et circonstances',
  factsHint: 'Ce qui a été constaté dans le commentaire. Montré à l’auteur si le commentaire est retiré.',
  groundKind: 'Fondement',
  law: 'Une loi',
  charter: 'La charte du site',
  groundName: 'Texte invoqué',
  groundNameHint: 'Par exemple : loi du 29 juillet 1881, art. 29 ; ou : charte, règle 3.',
  groundExplanation: 'Pourquoi ce texte s’applique',
  redress: 'Voies de recours',
  redressDefault:
    'Vous pouvez contester cette décision auprès de la rédaction en répondant au message qui vous l’annonce, recourir à un organisme de règlement extrajudiciaire des litiges certifié, ou saisir le tribunal compétent.',
  automated: 'Des moyens automatisés ont servi à détecter ou à décider',
  submit: 'Enregistrer la décision',
  decided: (decision) =>
    decision === 'remove'
      ? 'Commentaire retiré ; exposé des motifs enregistré.'
      : 'Commentaire gardé ; exposé des motifs enregistré.',
};
