/**
 * Local stack: the demo article served at `/`, written for the project, with the widget's one
 * script tag under it, exactly as a site would embed it.
 */
// A speech bubble in the demo header's red, inline: no request, nothing to serve (no 404 in the console).
const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path fill="#c8102e" d="M4 4h24a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H13l-7 6v-6H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z"/><path fill="#fff" d="M8 10h16v2H8zm0 5h11v2H8z"/></svg>',
)}`;

/** The demo article's HTML. */
export function demoPage(): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="${FAVICON}">
<title>Rénovation des écoles : les petites communes cherchent la bonne méthode — Démo Réagir</title>
<style>
  body { font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #1d1d1b; background: #fff; margin: 0; }
  header { border-bottom: 3px solid #c8102e; padding: 12px 24px; font: 700 14px/1 Arial, sans-serif; letter-spacing: .08em; text-transform: uppercase; }
  main { max-width: 720px; margin: 0 auto; padding: 24px; }
  h1 { font: 700 34px/1.2 Arial, sans-serif; margin: 8px 0 12px; }
  .kicker { color: #c8102e; font: 700 13px/1 Arial, sans-serif; text-transform: uppercase; }
  .meta { color: #666; font: 14px/1.4 Arial, sans-serif; margin-bottom: 24px; }
  .chapo { font-weight: bold; }
  @media (prefers-color-scheme: dark) { body { background: #151515; color: #eee; } .meta { color: #aaa; } }
</style>
</head>
<body>
<header>Réagir — démonstration locale</header>
<main>
  <article>
    <p class="kicker">Patrimoine scolaire</p>
    <h1>Rénovation des écoles : les petites communes cherchent la bonne méthode</h1>
    <p class="meta">Article de démonstration, rédigé pour le projet Réagir</p>
    <p class="chapo">Isoler une école construite dans les années 1970 coûte souvent plus que le budget
    d'investissement annuel d'un village. Entre subventions, groupements de commandes et contrats de
    performance, les maires comparent les solutions.</p>
    <p>Dans beaucoup de communes rurales, l'école est le premier poste de consommation d'énergie du
    patrimoine communal. Les factures ont doublé en trois ans, et les obligations de réduction de la
    consommation des bâtiments tertiaires imposent d'agir avant la fin de la décennie.</p>
    <p>Plusieurs intercommunalités proposent désormais un service commun : un économe de flux partagé
    réalise les audits, monte les dossiers de subvention et suit les chantiers. « Seuls, nous n'aurions
    jamais eu l'ingénierie pour lancer les travaux », témoigne une élue d'une commune de 800 habitants.</p>
    <p>D'autres misent sur le groupement de commandes pour obtenir de meilleurs prix sur les menuiseries
    et les pompes à chaleur. Reste la question de l'entretien : une installation performante mal réglée
    perd vite l'essentiel de ses gains.</p>
    <p>Et dans votre commune, comment avez-vous financé la rénovation de vos bâtiments scolaires ?</p>
  </article>
  <script src="/widget.js" data-site="demo" data-page="article-42" data-theme="auto"
    data-page-title="Rénovation des écoles : les petites communes cherchent la bonne méthode" async></script>
</main>
</body>
</html>`;
}
