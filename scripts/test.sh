#!/usr/bin/env bash
# Runs every test the README promises: typecheck, unit tests, translations check, the export
# (production build of both locales, PDFs, USB editions, final build), link check and
# third-party scan of that build, then end-to-end tests (accessibility included) in Debian's
# Chromium against it and the unzipped USB editions. Heavy checks (HTML validity, Lighthouse
# benchmark) are in `npm run check:full`.
# Installs Chromium when it is missing and we are root; otherwise says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser tests..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium at $CHROMIUM." >&2
    echo "Install it with:  sudo apt-get install -y chromium   (Debian/Ubuntu)" >&2
    echo "or point CHROMIUM_PATH at an existing Chromium or Chrome binary." >&2
    exit 1
  fi
fi

# The browser tests serve build/ on a port of their own: outside CI, Playwright reuses
# a server already listening on its port, which could be another checkout's build.
if [ -z "${E2E_PORT:-}" ]; then
  E2E_PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  export E2E_PORT
fi

npm run typecheck
npm run test:unit
npm run check:translations
node scripts/translation-hashes.mjs   # reports French pages whose English source changed; never fails
npm run export                        # builds both locales, the PDFs, zips and USB editions
npm run check:links
npm run check:third-party
node scripts/csp.mjs --check          # static/_headers allows the build's inline scripts
npm run test:e2e
