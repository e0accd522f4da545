#!/usr/bin/env bash
# Makes sure Debian's Firefox ESR is installed (the Firefox end-to-end suite drives it over
# WebDriver BiDi). Playwright's Firefox is a patched build that cannot be downloaded here, and
# the suite needs none: any Firefox that speaks BiDi will do, so we use the system one.
set -euo pipefail
if [ -n "${FIREFOX_PATH:-}" ] && [ -x "$FIREFOX_PATH" ]; then exit 0; fi
if command -v firefox-esr >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Firefox ESR is needed: install it with 'sudo apt-get install -y firefox-esr' (Debian)," >&2
  echo "or set FIREFOX_PATH to a Firefox binary (128 or newer)." >&2
  exit 1
fi
echo "Installing Debian's Firefox ESR (about a minute)..."
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet; only update when apt cannot find the package.
if ! apt-get install -y -qq firefox-esr >/dev/null 2>&1; then
  apt-get update -qq
  apt-get install -y -qq firefox-esr >/dev/null
fi
