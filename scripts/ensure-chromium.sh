#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed (the end-to-end tests and `npm run practice` drive it).
# Playwright's own browser download does not work on these machines, so we use the system one.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is needed: install it with 'sudo apt-get install -y chromium' (Debian/Ubuntu)," >&2
  echo "or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary." >&2
  exit 1
fi
echo "Installing Debian's Chromium (about a minute)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium >/dev/null
