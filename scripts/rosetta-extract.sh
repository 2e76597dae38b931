#!/usr/bin/env bash
# rosetta:extract: compile every TypeScript example of the README and of the doc comments with
# jsii-rosetta --strict and write the translations (.jsii.tabl.json) that packaging uses.
#
# The examples compile as files in bin/ of a `cdk init`-shaped directory (.tmp/rosetta-app):
# its node_modules has this package, and its lib/ has the README app's lib/shared-db-stack.ts,
# so that the README's bin/shared-db.ts, which imports '../lib/shared-db-stack', compiles too.
# Every other dependency resolves from the project's node_modules above it.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.tmp/rosetta-app
rm -rf "$dir"
mkdir -p "$dir/bin" "$dir/node_modules"
trap 'rm -rf "$dir"' EXIT
ln -s ../../.. "$dir/node_modules/cdk-lattice-shared-database"
ts-node --transpile-only --project tsconfig.dev.json test/cdk-init/readme-files.ts typescript "$dir" lib/shared-db-stack.ts >/dev/null
# Two warnings that say nothing: with --directory, jsii-rosetta 6.0 warns on every run with an
# empty list of missing packages; and the README app's own stack classes (lib/) are not in this
# package's assembly (their names translate as written, which is what the app needs).
jsii-rosetta extract --strict --directory "$dir/bin" 2> >(grep -v \
  -e 'packages necessary to compile examples missing from supplied directory: [, ]*$' \
  -e "Could not resolve symbol id \"$dir/lib/shared-db-stack:" >&2)
