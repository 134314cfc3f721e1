#!/usr/bin/env bash
# Runs every test the README promises: typecheck, unit tests, the export (production
# build of both locales, PDFs, USB editions, final build), then end-to-end tests in
# Debian's Chromium against that build and the unzipped USB editions.
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
npm run export
npm run test:e2e
