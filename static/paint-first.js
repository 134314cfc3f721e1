/*
 * Starts the site's scripts once the browser has painted the page.
 *
 * Docusaurus loads its bundles with <script defer>. When a bundle is already there when the HTML
 * has been parsed (a repeat visit, the offline copy, a fast link), the browser runs it before it
 * paints anything, and a cheap phone shows a blank screen for the time it takes to evaluate
 * the bundle, although the page's text is all in the HTML. Here the bundles are fetched as
 * early as before (<link rel="preload"> in the head, see src/ssrTemplate.ts) but run in a task
 * after the first frame: requestAnimationFrame fires just before that frame is painted, and a
 * timeout set from it runs after. The order of the scripts is kept (async = false).
 *
 * Hand-written: no Docusaurus option or plugin does this; it is twenty lines.
 */
(function () {
  var self = document.currentScript;
  var sources = ((self && self.getAttribute('data-scripts')) || '').split(' ').filter(Boolean);
  function run() {
    sources.forEach(function (src) {
      var script = document.createElement('script');
      script.src = src;
      script.async = false;
      document.head.appendChild(script);
    });
  }
  // A page opened in a background tab gets no animation frames until it is shown.
  if (document.visibilityState === 'hidden' || typeof requestAnimationFrame !== 'function') run();
  else requestAnimationFrame(function () { setTimeout(run, 0); });
})();
