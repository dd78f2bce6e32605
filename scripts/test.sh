#!/usr/bin/env bash
# Everything `npm test` runs, in order: types, lint, the dataset, unit and component tests in two time
# zones, then the production build, its download budget (counted from what Chromium fetches loading each
# reader page), and the browser tests that drive it.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n=== %s\n' "$1"; }

step "type-check";    npx tsc -p tsconfig.json
step "lint";          npx eslint --max-warnings 0 . && npx prettier --check .
step "dataset";       npx tsx scripts/validate-data.ts
step "unit and component tests (TZ=Pacific/Honolulu)"; TZ=Pacific/Honolulu npx vitest run --project unit
step "unit and component tests (TZ=Asia/Seoul)";       TZ=Asia/Seoul npx vitest run --project unit
step "production build"; npx vite build --configLoader runner
step "download budget";  npx tsx scripts/check-bundle-size.ts dist
step "browser tests on the production build"; TZ=UTC npx vitest run --project browser
