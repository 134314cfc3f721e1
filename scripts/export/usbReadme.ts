/** The README.txt (English) / LISEZ-MOI.txt (French) at the top of each USB edition. */
import type {Locale} from './bundles';

export type ReadmeInput = {date: string; folder: string; pdfs: string[]};

export function usbReadme(locale: Locale, {date, folder, pdfs}: ReadmeInput): {name: string; text: string} {
  const list = pdfs.map((f) => `  - downloads/${locale}/${f}`).join('\n');
  if (locale === 'fr') {
    return {
      name: 'LISEZ-MOI.txt',
      text: `Formation en santé mentale communautaire : édition USB (français)
Édition du ${date}

COMMENT L'OUVRIR
1. Si vous avez reçu un fichier zip, décompressez-le d'abord (Windows : clic droit,
   puis « Extraire tout » ; Mac : double-clic). Ouvrir index.html sans décompresser
   le zip ne fonctionne pas.
2. Dans le dossier ${folder}, double-cliquez sur index.html. Le site s'ouvre dans
   votre navigateur : Chromium, Google Chrome, Microsoft Edge ou Firefox. Il ne faut
   ni réseau, ni installation, ni compte.
3. Pour y revenir, double-cliquez de nouveau sur index.html, ou ajoutez la page aux
   favoris de votre navigateur. Gardez le dossier entier : index.html seul ne suffit pas.

CE QUE CONTIENT LE DOSSIER
- Tout le site en français : le cadre de référence, les quatre parcours et leurs quiz,
  le glossaire, les pages des formateurs (fiches de séance, mode projection, quiz à
  imprimer, corrigés) et la recherche.
- Les manuels PDF et les dossiers du formateur, à lire ou à imprimer avec n'importe
  quel lecteur PDF (ils sont aussi listés sur la page « Hors ligne » du site) :
${list}

VOTRE PROGRESSION
Vos résultats aux quiz et vos réflexions sont gardés par le navigateur, sur cet
ordinateur, comme sur le site en ligne ; rien n'est envoyé nulle part. Ils ne sont pas
enregistrés sur la clé USB : sur un autre ordinateur ou dans un autre navigateur, la
progression repart de zéro. Pour la transférer, utilisez « Exporter ma progression »
sur la page « Ma progression » d'un parcours, puis « Importer un fichier de
progression » sur l'autre appareil.

CE QUI CHANGE PAR RAPPORT AU SITE EN LIGNE, ET POURQUOI
- Pas de mise à jour automatique : pour un contenu plus récent, procurez-vous un zip
  plus récent (la date d'édition figure en haut de ce fichier).
- Pas d'installation comme application ni de bouton « Rendre ce site disponible hors
  ligne » : ils reposent sur un service worker, que les navigateurs n'acceptent que
  sur une adresse web (https), jamais depuis un dossier. Ici, le dossier est déjà la
  copie hors ligne.
- Une recherche plus simple, intégrée au dossier : elle trouve les pages par leur titre
  et par les mots qu'elles contiennent, avec ou sans accents, le dernier mot pouvant
  être incomplet ; elle reconnaît moins bien que la recherche du site en ligne les
  variantes d'un même mot (pluriels, conjugaisons), et propose des pages plutôt que
  des sections.
- Une seule langue : l'édition anglaise est un autre zip (cmh-training-usb-en.zip).
- Les liens vers d'autres sites (sources, références) et, dans les PDF, vers les pages
  du site en ligne ne fonctionnent qu'avec un réseau.
- Les adresses ont la forme index.html#/curricula/... : c'est ce qui permet au site de
  fonctionner sans serveur.
`,
    };
  }
  return {
    name: 'README.txt',
    text: `Community Mental Health Training Hub: USB edition (English)
Edition of ${date}

HOW TO OPEN IT
1. If you received a zip file, extract it first (Windows: right-click, then
   "Extract All"; Mac: double-click). Opening index.html without extracting the zip
   does not work.
2. In the folder ${folder}, double-click index.html. The site opens in your web
   browser: Chromium, Google Chrome, Microsoft Edge or Firefox. No network, no
   installation and no account are needed.
3. To come back, double-click index.html again, or bookmark the page in your browser.
   Keep the whole folder together: index.html alone is not enough.

WHAT THE FOLDER CONTAINS
- The whole site in English: the framework, the four curricula with their quizzes,
  the glossary, the trainer pages (session plans, projector mode, printable quizzes,
  answer keys) and the search.
- The PDF handbooks and trainer packs, to read or print with any PDF reader (they are
  also listed on the site's "Offline & downloads" page):
${list}

YOUR PROGRESS
Quiz results and reflections are kept by the browser on this computer, as on the
website; nothing is sent anywhere. They are not saved on the USB stick: on another
computer or in another browser, progress starts from zero. To move it, use "Export my
progress" on a curriculum's "My progress" page, then "Import a progress file" on the
other device.

WHAT IS DIFFERENT FROM THE WEBSITE, AND WHY
- No automatic updates: for newer content, get a newer zip (the edition date is at
  the top of this file).
- It cannot be installed as an app and has no "Make this site available offline"
  button: both rely on a service worker, which browsers only run on a web address
  (https), never from a folder. Here the folder already is the offline copy.
- A simpler search, built into the folder: it finds pages by their title and the words
  they contain, with or without accents, the last word possibly unfinished; it matches
  other forms of a word (plurals, verb forms) less well than the website's search, and
  it offers pages rather than sections.
- One language only: the French edition is a separate zip (cmh-training-usb-fr.zip).
- Links to other websites (sources, references) and, in the PDFs, to pages of the
  online site only work with a network.
- Addresses look like index.html#/curricula/...: this is what lets the site work
  without a server.
`,
  };
}
