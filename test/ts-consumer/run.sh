#!/usr/bin/env bash
# The TypeScript consumer check (npx projen test:ts-consumer): copy this app to a temporary
# directory outside the source tree, install the packed library (dist/js/*.tgz) next to
# aws-cdk-lib at the peer-dependency floor, type-check with tsc (strict) and synthesize;
# then the same with the newest aws-cdk-lib. Needs dist/js/*.tgz.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
floor="${CDK_FLOOR:?set CDK_FLOOR (the projen task does)}"
newest="${CDK_NEWEST:?set CDK_NEWEST (the projen task does)}"

shopt -s nullglob
tarballs=("$root"/dist/js/*.tgz)
if [ "${#tarballs[@]}" -ne 1 ]; then
  echo "test:ts-consumer: expected one tarball in dist/js/, found ${#tarballs[@]} (run 'npx projen package:js' first)" >&2
  exit 1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/ts-consumer.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp "$root/test/ts-consumer/package.json" "$root/test/ts-consumer/tsconfig.json" "$root/test/ts-consumer/app.ts" "$work/"
cd "$work"

for version in "$floor" "$newest"; do
  echo "== aws-cdk-lib@$version"
  npm install --no-audit --no-fund --prefer-offline --loglevel=error "${tarballs[0]}" "aws-cdk-lib@$version"
  installed="$(node -p "require('aws-cdk-lib/package.json').version")"
  if [ "$installed" != "$version" ]; then
    echo "test:ts-consumer: wanted aws-cdk-lib $version, npm installed $installed" >&2
    exit 1
  fi
  # npm must not have put a second aws-cdk-lib under the library (the peer range must accept this one)
  if [ -d node_modules/cdk-lattice-shared-database/node_modules/aws-cdk-lib ]; then
    echo "test:ts-consumer: npm nested another aws-cdk-lib under the library" >&2
    exit 1
  fi
  test -f node_modules/cdk-lattice-shared-database/.jsii   # the assembly ships (jsii consumers need it)
  npx --no-install tsc -p tsconfig.json
  CDK_VALIDATION=false node app.js
done
echo "test:ts-consumer: the packed library type-checks and synthesizes with aws-cdk-lib $floor and $newest"
