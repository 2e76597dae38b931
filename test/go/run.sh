#!/usr/bin/env bash
# The Go check (npx projen test:go), on the module that package:go built (dist/go/): the
# README's Go app ("Using it from Go") in a fresh `cdk init app --language go` outside the
# tree, the module added with a replace directive to dist/go instead of `go get` from the
# module proxy, then, with aws-cdk-go at the peer floor (CDK_FLOOR) and at the newest
# release (CDK_NEWEST): `cdk synth` with no AWS credentials (cdk.json runs `go run`) and the
# check of both templates. The README's file must also be gofmt-formatted.
set -euo pipefail
source "$(dirname "$0")/../cdk-init/lib.sh"
floor="${CDK_FLOOR:?set CDK_FLOOR (the projen task does)}"
newest="${CDK_NEWEST:?set CDK_NEWEST (the projen task does)}"
module=github.com/cdk-lattice-shared-database/cdk-lattice-shared-database-go/cdklatticeshareddatabase
awscdk=github.com/aws/aws-cdk-go/awscdk/v2
local_module="$root/dist/go/cdklatticeshareddatabase"
test -f "$local_module/go.mod" || {
  echo "test:go: no $local_module/go.mod (run 'npx projen package:go' first)" >&2; exit 1; }

new_app go
readme_files go
cd "$app"
unformatted=$(gofmt -l shared-db.go)
[ -z "$unformatted" ] || { echo "test:go: the README's shared-db.go is not gofmt-formatted" >&2; gofmt -d shared-db.go >&2; exit 1; }
# `go get $module`, from the local build
go mod edit -require="$module@v0.0.0" -replace="$module=$local_module"
# cdk init asks for an older jsii-runtime-go, whose go.mod the checksum database reached here
# does not serve; take the module's version first (MVS would select it anyway)
runtime=$(cd "$local_module" && go list -m -f '{{.Version}}' github.com/aws/jsii-runtime-go)
go mod edit -require="github.com/aws/jsii-runtime-go@$runtime"

for version in "$floor" "$newest"; do
  echo "== aws-cdk-go v$version"
  go get "$awscdk@v$version"
  go mod tidy
  selected=$(go list -m -f '{{.Version}}' "$awscdk")
  if [ "$selected" != "v$version" ]; then
    echo "test:go: wanted $awscdk v$version, go selected $selected" >&2
    exit 1
  fi
  offline_synth cdk
  check_assembly "test:go (aws-cdk-go v$version)"
done
