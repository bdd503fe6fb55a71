/**
 * Components: the texts of the report panel, in both languages. They travel in the panel's
 * chunk: a reader who never reports a comment never downloads them.
 */
import type { ReportReason } from '../api/reports.js';
import type { Lang } from '../i18n/index.js';

/** What the report panel says. */
export interface ReportMessages {
  title: string;
  why: string;
  reasons: Record<ReportReason, string>;
  /** The free text of `other`. */
  details: string;
  /** The free text of `illegal`: what law, and why. */
  law: string;
  /** What a notice of illegal content is, and what travels with it. */
  notice: string;
  name: string;
  optionalName: string;
  email: string;
  emailHint: string;
  exempt: string;
  goodFaith: string;
  send: string;
  thanks: string;
  already: string;
  loginToReport: string;
  login: string;
}

/** The report panel's texts, by language. */
export const reportMessages: Record<Lang, ReportMessages> = {
  fr: {
    title: 'Signaler ce commentaire',
    why: 'Pourquoi signalez-vous ce commentaire ?',
    reasons: {
      spam: 'Spam ou publicité',
      abuse: 'Propos injurieux ou haineux',
      off_topic: 'Hors sujet',
      personal_data: 'Données personnelles',
      illegal: 'Contenu illicite',
      other: 'Autre',
    },
    details: 'Précisez en quelques mots',
    law: 'Quelle loi ce commentaire enfreint-il, et pourquoi ?',
    notice:
      'Ce signalement est une notification au sens du règlement européen sur les services numériques (DSA, art. 16) : il est transmis avec vos nom et e-mail et le texte exact du commentaire.',
    name: 'Nom et prénom',
    optionalName: 'Nom (facultatif)',
    email: 'E-mail',
    emailHint: 'Votre e-mail ne sera pas publié',
    exempt:
      'Il s’agit d’abus sexuels sur mineurs ou de pédopornographie : mes nom et e-mail sont alors facultatifs',
    goodFaith:
      'Je suis convaincu(e), de bonne foi, que les informations et allégations de ce signalement sont exactes et complètes',
    send: 'Envoyer le signalement',
    thanks: 'Merci, votre signalement a été reçu.',
    already: 'Vous avez déjà signalé ce commentaire.',
    loginToReport:
      'Connectez-vous pour signaler ce commentaire. Un contenu illicite peut être signalé sans compte.',
    login: 'Se connecter pour signaler',
  },
  en: {
    title: 'Report this comment',
    why: 'Why are you reporting this comment?',
    reasons: {
      spam: 'Spam or advertising',
      abuse: 'Abusive or hateful',
      off_topic: 'Off topic',
      personal_data: 'Personal data',
      illegal: 'Illegal content',
      other: 'Other',
    },
    details: 'Say in a few words what is wrong',
    law: 'Which law does this comment break, and why?',
    notice:
      'This report is a notice under the EU Digital Services Act (art. 16): it is sent with your name, your email and the exact text of the comment.',
    name: 'Full name',
    optionalName: 'Name (optional)',
    email: 'Email',
    emailHint: 'Your email will not be published',
    exempt:
      'It concerns child sexual abuse or child sexual abuse material: my name and email are then optional',
    goodFaith:
      'I am convinced in good faith that the information and allegations in this notice are accurate and complete',
    send: 'Send the report',
    thanks: 'Thank you, your report was received.',
    already: 'You have already reported this comment.',
    loginToReport: 'Log in to report this comment. Illegal content can be reported without an account.',
    login: 'Log in to report',
  },
};
