#!/usr/bin/env bash
# package:go: the Go module dist/go/cdklatticeshareddatabase, generated against aws-cdk-lib at
# the peer-dependency floor (CDK_FLOOR) and built with the Go toolchain.
#
# jsii-pacmak writes every member a class inherits into the Go interfaces, and requires in
# go.mod the aws-cdk-go version it generated against. Generated against the development
# aws-cdk-lib (CDK_DEV), the module would need that version (Go's minimal version selection
# upgrades every user to it) and reference aws-cdk-lib types that older releases lack. So the
# bindings are generated from the packed library next to aws-cdk-lib CDK_FLOOR, in a temporary
# directory, and `go build` proves that they compile there; test:go builds a Go app on them
# with the floor and with the newest aws-cdk-go.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
floor="${CDK_FLOOR:?set CDK_FLOOR (the projen task does)}"
constructs="${CONSTRUCTS_VERSION:?set CONSTRUCTS_VERSION (the projen task does)}"
test -f "$root/.jsii" || { echo "package:go: no .jsii: run 'npx projen compile' first" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/package-go.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# the library as npm users get it (the files of .npmignore, the .jsii and its tablet)
npm pack --silent --pack-destination "$work" "$root" >/dev/null
tar -xzf "$work"/*.tgz -C "$work"
# its peer dependencies at the floor, where jsii-pacmak looks for them (node_modules above the package)
cat >"$work/package.json" <<EOF
{ "private": true, "dependencies": { "aws-cdk-lib": "$floor", "constructs": "$constructs" } }
EOF
(cd "$work" && npm install --no-audit --no-fund --prefer-offline --loglevel=error >/dev/null)
installed="$(cd "$work" && node -p "require('aws-cdk-lib/package.json').version")"
[ "$installed" = "$floor" ] || { echo "package:go: wanted aws-cdk-lib $floor, npm installed $installed" >&2; exit 1; }

rm -rf "$root/dist/go"
# --code-only: pacmak's own build runs `go mod tidy` on a go.mod whose indirect requirements
# are the npm versions of aws-cdk-lib's bundled packages, which the Go module proxy need not
# serve; the requirements are settled below by `go mod tidy` instead.
jsii-pacmak --code-only --target go --outdir "$root/dist" "$work/package"
module="$root/dist/go/cdklatticeshareddatabase"
cd "$module"
for indirect in $(go mod edit -json | node -e '
  const mod = JSON.parse(require("fs").readFileSync(0, "utf-8"));
  console.log((mod.Require ?? []).filter((r) => r.Indirect).map((r) => r.Path).join(" "));'); do
  go mod edit -droprequire="$indirect"
done
go mod tidy
go build ./...
grep -q "github.com/aws/aws-cdk-go/awscdk/v2 v$floor\$" go.mod || {
  echo "package:go: go.mod does not require aws-cdk-go v$floor:" >&2; cat go.mod >&2; exit 1; }
echo "package:go: dist/go/cdklatticeshareddatabase builds against aws-cdk-go v$floor"
