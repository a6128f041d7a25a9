#!/bin/sh
# System packages the browser tests need (Debian / Ubuntu): Chromium (headless, driven by playwright-core —
# no browser is downloaded by npm), pdftotext (poppler-utils) and a Japanese font (fonts-ipafont-gothic) so
# that printed pages have real glyphs. Idempotent: installs with apt-get only what is missing, and returns at
# once when everything is there. Set RECEDEN_SKIP_BROWSER_TESTS=1 to skip it (and the browser tests).
set -eu

if [ "${RECEDEN_SKIP_BROWSER_TESTS:-}" = "1" ]; then
  echo "system-deps: RECEDEN_SKIP_BROWSER_TESTS=1, nothing installed (browser tests will be skipped)"
  exit 0
fi

missing=""
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing="$missing chromium"
command -v pdftotext >/dev/null 2>&1 || missing="$missing poppler-utils"
if ! { command -v fc-list >/dev/null 2>&1 && fc-list :lang=ja 2>/dev/null | grep -q .; }; then
  missing="$missing fonts-ipafont-gothic"
fi

if [ -z "$missing" ]; then
  echo "system-deps: chromium, pdftotext and a Japanese font are installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing:$missing — install them with your package manager (or set RECEDEN_SKIP_BROWSER_TESTS=1)" >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "system-deps: missing:$missing — run as root, or: apt-get install$missing" >&2
    exit 1
  fi
fi
echo "system-deps: installing$missing"
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
