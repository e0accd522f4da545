#!/usr/bin/env bash
# Runs every suite (lint, types, unit, build, bundle budgets, Firefox lint, end-to-end in
# Chromium and in Firefox) and ends with one line summing them all: "N passed, N failed".
# Exits non-zero if anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
passed=0
failed=0
failures=()

# A check that is one pass/fail (a linter, the type checker, a build).
check() {
  local name=$1
  shift
  echo "::: $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
  fi
}

# A vitest suite: counts each test, read from its JSON report.
vitest_suite() {
  local name=$1
  shift
  echo "::: $name"
  local report="$out/$name.json"
  npx vitest run "$@" --reporter=default --reporter=json --outputFile.json="$report"
  local rc=$?
  if [ -s "$report" ]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]);console.log(r.numPassedTests, r.numFailedTests + (r.numRuntimeErrorTestSuites||0) + (r.testResults||[]).filter(t=>t.status==="failed"&&t.assertionResults.length===0).length)' "$report")
    passed=$((passed + p))
    failed=$((failed + f))
    if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then failed=$((failed + 1)); fi
  else
    failed=$((failed + 1))
  fi
  [ "$rc" -ne 0 ] && failures+=("$name")
}

bash scripts/ensure-chromium.sh || { echo "Chromium missing: end-to-end tests will fail"; }
bash scripts/ensure-firefox.sh || { echo "Firefox ESR missing: the Firefox suite will fail"; }

check lint npx biome check .
check typecheck npx tsc --noEmit
# The vitest configs pin every run to local night (tests/time-zone.ts), so a test that relies
# on daytime fails on every run instead of on one CI run in three. The unit suite (quick) runs a
# second time around noon, so a test that relies on it being night fails too.
vitest_suite unit
TEST_TZ=day vitest_suite unit-day
check build npm run --silent build
[ -f scripts/check-sizes.ts ] && check bundle-budgets npx tsx scripts/check-sizes.ts
check firefox-lint npx web-ext lint --source-dir .output/firefox-mv2 --warnings-as-errors
check store-zips npx tsx scripts/check-zips.ts
[ -f vitest.e2e.config.ts ] && vitest_suite e2e --config vitest.e2e.config.ts
[ -f vitest.firefox.config.ts ] && vitest_suite firefox --config vitest.firefox.config.ts

rm -rf "$out"
if [ ${#failures[@]} -gt 0 ]; then echo "failed suites: ${failures[*]}"; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
