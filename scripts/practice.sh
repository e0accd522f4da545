#!/usr/bin/env bash
# `npm run practice`: try Second Thought with no account. Builds the extension and the practice
# replicas, then opens Chromium with the extension loaded and the replicas served at
# web.whatsapp.com and facebook.com/messages (nothing reaches the real sites or the network).
#   npm run practice                              a Chromium window with both practice sites
#   npm run practice -- --headless --screenshots  no window: screenshots into docs/screenshots/
set -euo pipefail
cd "$(dirname "$0")/.."

chromium_path=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium_path" ]; then
  cat >&2 <<MSG
Chromium was not found at $chromium_path.
Install Debian's Chromium (about 480 MB):   sudo apt-get update && sudo apt-get install -y chromium
or point CHROMIUM_PATH at another Chromium/Chrome binary.
MSG
  exit 1
fi

headless=false
for arg in "$@"; do
  [ "$arg" = "--headless" ] && headless=true
done
if [ "$headless" = false ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  cat >&2 <<'MSG'
There is no display here ($DISPLAY is empty), so a browser window cannot open.
Take screenshots instead:   npm run practice -- --headless --screenshots
(They are written to docs/screenshots/.)
MSG
  exit 1
fi

echo "Building the extension (wxt build)…"
npx wxt build
echo "Building the practice replicas…"
npx tsx tests/practice/build.ts
exec npx tsx scripts/practice.ts "$@"
