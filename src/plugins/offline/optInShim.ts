/**
 * Persistent "make this site available offline" for @docusaurus/plugin-pwa.
 *
 * The PWA plugin decides at each page load whether to run in offline mode (precache
 * the whole locale) from its activation strategies; its `queryString` strategy reads
 * `?offlineMode=true` from the URL of that load only. When the learner has asked for
 * an offline copy (a flag in localStorage, set on the Offline page), this client
 * module adds that parameter just before the PWA registration runs, then puts the
 * URL back. It must run before the PWA's client module: the offline plugin is listed
 * before plugin-pwa in docusaurus.config.ts, and client modules run in plugin order.
 */
import {OFFLINE_FLAG_KEY} from './flag';

function applyOfflineOptIn(): void {
  try {
    if (window.localStorage.getItem(OFFLINE_FLAG_KEY) !== 'on') return;
    const url = new URL(window.location.href);
    if (url.searchParams.get('offlineMode') === 'true') return;
    const original = window.location.href;
    url.searchParams.set('offlineMode', 'true');
    window.history.replaceState(window.history.state, '', url);
    // The PWA registration reads the URL synchronously while modules load; restore it afterwards.
    window.setTimeout(() => window.history.replaceState(window.history.state, '', original), 0);
  } catch {
    // Storage disabled: no persistent offline mode, the site still works online.
  }
}

if (typeof window !== 'undefined') applyOfflineOptIn();
