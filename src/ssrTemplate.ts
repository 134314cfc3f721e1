/**
 * The HTML template of every built page: Docusaurus' own, except for how the bundles start.
 * Instead of a <script defer> for each, the head preloads them (fetched at once, at the low
 * priority deferred scripts have) and one small script, static/paint-first.js, runs them in
 * order after the first paint; see that file for why. Docusaurus' dev server does not use
 * this template.
 */
import docusaurusTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';

const DEFERRED_SCRIPTS = /<% it\.scripts\.forEach\(\(script\) => \{ %>\s*<script src="<%= it\.baseUrl %><%= script %>" defer><\/script>\s*<% \}\); %>/;

const PAINT_FIRST = `<% it.scripts.forEach((script) => { %>
      <link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" />
    <% }); %>
    <script src="<%= it.baseUrl %>paint-first.js" defer data-scripts="<%= it.scripts.map((script) => it.baseUrl + script).join(' ') %>"></script>`;

export function paintFirst(template: string): string {
  if (!DEFERRED_SCRIPTS.test(template)) {
    throw new Error("src/ssrTemplate.ts: Docusaurus' page template no longer starts its bundles with <script defer> as expected; update DEFERRED_SCRIPTS.");
  }
  return template.replace(DEFERRED_SCRIPTS, PAINT_FIRST);
}

export const ssrTemplate = paintFirst(docusaurusTemplate);
