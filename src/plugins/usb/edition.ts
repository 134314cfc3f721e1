/**
 * Which edition of the site a build makes, from the CMH_EDITION environment variable:
 * - unset, empty or `online`: the website (browser router, service worker, search plugin);
 * - `usb`: the USB edition of one locale, opened from a folder through file://
 *   (hash router, no service worker, search index loaded as a script). Built one
 *   locale at a time: `docusaurus build --locale fr --out-dir build-usb/fr`
 *   (`npm run export:usb` does it for every locale).
 */
export type Edition = 'online' | 'usb';

export function selectEdition(env: {CMH_EDITION?: string}): Edition {
  const value = (env.CMH_EDITION ?? '').trim().toLowerCase();
  if (value === '' || value === 'online') return 'online';
  if (value === 'usb') return 'usb';
  throw new Error(`CMH_EDITION="${env.CMH_EDITION}" is not an edition: use "usb" for the USB edition, or leave it unset for the website.`);
}

/**
 * The USB edition puts one locale at the root of its folder: a build of several
 * locales at once would give the French site the base URL /fr/, which the hash
 * router cannot serve from a folder. Fails early with the right command.
 */
export function assertSingleLocaleBuild(argv: readonly string[]): void {
  const command = argv.find((a) => ['build', 'start', 'serve', 'deploy', 'swizzle', 'write-translations', 'write-heading-ids', 'clear'].includes(a));
  if (command !== 'build') return;
  if (!argv.some((a) => a === '--locale' || a === '-l' || a.startsWith('--locale='))) {
    throw new Error('CMH_EDITION=usb builds one locale at a time, e.g. `CMH_EDITION=usb docusaurus build --locale fr --out-dir build-usb/fr`; `npm run export:usb` builds every locale.');
  }
}
