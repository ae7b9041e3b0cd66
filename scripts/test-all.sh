#!/usr/bin/env bash
# Every check Podsmith has: lint, types, unit and real-program tests, browser journeys.
# Installs the Debian programs the tests need when they are missing. Prints one closing line:
# "total: N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p .tmp
bash scripts/ensure-programs.sh || { echo "could not install the test programs"; exit 1; }

status=0
failed_steps=()
step() { echo; echo "== $1"; }
fail() { status=1; failed_steps+=("$1"); }

step "lint (biome)"
npx biome check . || fail lint

step "types (tsc)"
npx tsc --noEmit -p tsconfig.json || fail types

step "unit and real-program tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json || status=1

step "browser journeys (playwright)"
PLAYWRIGHT_JSON_OUTPUT_NAME=.tmp/playwright.json npx playwright test --reporter=list,json || status=1

step "bundle budget (initial JS, gzip, of the build the journeys served)"
node scripts/check-bundle-budget.mjs || fail bundle-budget

FAILED_STEPS="${failed_steps[*]:-}" node scripts/summary.mjs .tmp/vitest.json .tmp/playwright.json || status=1
exit $status
