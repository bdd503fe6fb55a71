/** i18n: the site export page of the console, in French. */
import type { ExportMessages } from './console-export-messages.js';

const n = (value: number) => value.toLocaleString('fr');

export const exportFr: ExportMessages = {
  title: (site) => `Export du site ${site}`,
  intro:
    'Un fichier NDJSON de tout le site : ses réglages, ses articles, ses commentaires (tous statuts), la modération, les journaux et les compteurs ; il se restaure avec « npm run import -- reagir ». Le fichier est gardé 24 heures, et chaque lien de téléchargement vaut 5 minutes.',
  includePrivate: 'Inclure les adresses e-mail (données personnelles)',
  includePrivateHint:
    'Les adresses des invités et des personnes qui signalent, et les noms de ces dernières. Sans cette case, le fichier n’en contient aucune. Chaque export est inscrit au journal du site.',
  start: 'Exporter le site',
  started: 'Export lancé : il sera prêt dans quelques instants.',
  recent: 'Exports récents',
  none: 'Aucun export pour l’instant.',
  status: {
    running: 'en cours',
    done: 'prête',
    failed: 'échec',
    expired: 'expirée (fichier effacé après 24 h)',
  },
  requested: (date, by) => `le ${date}, par ${by}`,
  withEmails: 'avec les adresses e-mail',
  withoutEmails: 'sans adresse e-mail',
  contents: (items, size) => `${n(items)} élément${items > 1 ? 's' : ''} · ${size}`,
  download: 'Télécharger',
  link: (filename) => `${filename} (lien valable 5 minutes)`,
  ready: (items) => `Export prêt : ${n(items)} élément${items > 1 ? 's' : ''}.`,
  failed: 'L’export a échoué : relancez-le ; si cela se répète, prévenez l’exploitant.',
};
