#!/usr/bin/env bash
# Installs what the end-to-end tests drive, from Debian's packages, when missing: Chromium, Firefox ESR, their
# Arabic interface (chromium-l10n, firefox-esr-l10n-ar: the right-to-left popup's test), and a font with Arabic
# glyphs for the screenshots. (npm downloads no browser: playwright-core and puppeteer-core drive
# these system ones.)
set -euo pipefail
if command -v chromium >/dev/null && command -v firefox-esr >/dev/null && command -v fc-list >/dev/null && fc-list :lang=ar family | grep -q . \
  && [ -e /usr/lib/chromium/locales/ar.pak ] && ls /usr/lib/firefox-esr/browser/extensions/langpack-ar@* >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-browsers: run as root (or install chromium, chromium-l10n, firefox-esr, firefox-esr-l10n-ar, fonts-dejavu-core and fontconfig yourself)" >&2
  exit 1
fi
apt-get update
apt-get install -y --no-install-recommends chromium chromium-l10n firefox-esr firefox-esr-l10n-ar fonts-dejavu-core fontconfig
