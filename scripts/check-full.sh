#!/usr/bin/env bash
# Heavy checks (`npm run check:full`): the Lighthouse benchmark, which builds this
# site cold (both locales) and a bare Docusaurus site for reference, then the Nu HTML Checker on
# every page of that build. Both always run; the exit code is non-zero if either failed.
# About 8 minutes on 2 cores (more when a page's score is near its budget: see scripts/bench.mjs).
set -uo pipefail
cd "$(dirname "$0")/.."

status=0
node scripts/bench.mjs || status=1
node scripts/check-html.mjs --all || status=1
if [ "$status" -ne 0 ]; then echo "check:full: FAILED (see above)"; else echo "check:full: all heavy checks passed"; fi
exit "$status"
