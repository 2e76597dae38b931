# Sourced by the checks that build the README's apps (test/cdk-init/typescript.sh,
# test/python/run.sh, test/go/run.sh).
#
#   new_app <language>   `cdk init app` (the CDK CLI of this project's devDependencies) in a
#                        new temporary directory named shared-db, as the README's
#                        `mkdir shared-db && cd shared-db` does; sets $app. --generate-only
#                        leaves out the dependency install (and git init), which the check
#                        does itself with the local package instead of the registry's.
#   readme_files <language>  writes the README's files of that app into $app
#   offline_synth            `cdk synth` in $app with no AWS credentials or configuration
#   check_assembly <label>   checks $app/cdk.out (test/cdk-init/check-assembly.ts)
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ts_node=(ts-node --transpile-only --project "$root/tsconfig.dev.json")

new_app() {
  local parent
  parent="$(mktemp -d "${TMPDIR:-/tmp}/cdk-init-$1.XXXXXX")"
  # shellcheck disable=SC2064 # expand now: each check makes one app
  trap "rm -rf '$parent'" EXIT
  app="$parent/shared-db"
  mkdir "$app"
  (cd "$app" && CDK_DISABLE_VERSION_CHECK=true cdk init app --language "$1" --generate-only --no-notices >/dev/null 2>&1) || {
    echo "cdk init app --language $1 failed" >&2; return 1; }
}

readme_files() {
  "${ts_node[@]}" "$root/test/cdk-init/readme-files.ts" "$1" "$app"
}

# offline_synth <cdk command ...>: no credentials, no profile, no instance metadata, so a
# lookup the app needs fails at once ("Need to perform AWS calls ...") instead of reaching AWS;
# no telemetry, version check or notices either.
offline_synth() {
  (
    for var in $(compgen -e | grep '^AWS_'); do unset "$var"; done
    export AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true
    export CDK_DISABLE_CLI_TELEMETRY=true CDK_DISABLE_VERSION_CHECK=true
    cd "$app"
    rm -rf cdk.out
    "$@" synth --quiet --no-notices
  )
}

check_assembly() {
  "${ts_node[@]}" "$root/test/cdk-init/check-assembly.ts" "$app/cdk.out" "$1"
}
