#!/usr/bin/env bash
# test:ts-app: the README's TypeScript app ("A new CDK app" under Quick start) in a fresh
# `cdk init app --language typescript`, with the packed library (dist/js/*.tgz) installed
# as `npm install cdk-lattice-shared-database` would; `npx cdk synth` offline (the app's own
# CLI, which also type-checks with the app's tsc), then the templates are checked.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

shopt -s nullglob
tarballs=("$root"/dist/js/*.tgz)
if [ "${#tarballs[@]}" -ne 1 ]; then
  echo "test:ts-app: expected one tarball in dist/js/, found ${#tarballs[@]} (run 'npx projen package:js' first)" >&2
  exit 1
fi

new_app typescript
readme_files typescript
(cd "$app" && npm install --no-audit --no-fund --prefer-offline --loglevel=error "${tarballs[0]}")
offline_synth npx --no-install cdk
check_assembly test:ts-app
