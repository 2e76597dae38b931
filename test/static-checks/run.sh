#!/usr/bin/env bash
# The static checks (npx projen test:static): cfn-lint and checkov, both pinned in
# requirements.txt and installed into the virtual environment .tmp/venv-static, run over
# every committed integration snapshot template, test/*.integ.snapshot/*.template.json.
# Templates given as arguments are checked instead (npx projen test:static -- a.json).
#
# cfn-lint fails on any error or warning; warnings may be ignored only by rule id, with a
# reason, in test/static-checks/.cfnlintrc.yaml. checkov fails on any failed check; a check
# may be skipped only in the template's resource metadata (checkov: skip: [{id, comment}]),
# which the constructs write.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.tmp/venv-static
requirements=test/static-checks/requirements.txt

# The venv is rebuilt whenever requirements.txt changes (always in a fresh clone).
if [ ! -x "$venv/bin/cfn-lint" ] || ! cmp -s "$requirements" "$venv/requirements.txt"; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$requirements"
  cp "$requirements" "$venv/requirements.txt"
fi

if [ "$#" -gt 0 ]; then
  templates=("$@")
else
  shopt -s nullglob
  templates=(test/*.integ.snapshot/*.template.json)
  integ_apps=(test/*.integ.ts)
  if [ "${#templates[@]}" -eq 0 ]; then
    if [ "${#integ_apps[@]}" -gt 0 ]; then
      echo "test:static: test/*.integ.ts exist but no snapshot templates: run 'npx projen integ:snapshot-all' and commit test/*.integ.snapshot/" >&2
      exit 1
    fi
    echo "test:static: no test/*.integ.snapshot/*.template.json yet: nothing to check"
    exit 0
  fi
fi

echo "test:static: ${#templates[@]} template(s): ${templates[*]}"
status=0

echo "== cfn-lint $("$venv/bin/cfn-lint" --version | awk '{print $2}')"
if "$venv/bin/cfn-lint" --config-file test/static-checks/.cfnlintrc.yaml \
  --non-zero-exit-code warning --format parseable -- "${templates[@]}"; then
  echo "cfn-lint: no errors, no warnings"
else
  echo "cfn-lint: findings above (fix the construct, or ignore the rule id with a reason in test/static-checks/.cfnlintrc.yaml)" >&2
  status=1
fi

echo "== checkov $("$venv/bin/checkov" --version)"
checkov_args=(--framework cloudformation --quiet --compact --skip-download --skip-results-upload)
for template in "${templates[@]}"; do checkov_args+=(--file "$template"); done
if BC_SKIP_MAPPING=TRUE CKV_SKIP_PACKAGE_UPDATE_CHECK=TRUE "$venv/bin/checkov" "${checkov_args[@]}"; then
  echo "checkov: no failed checks"
else
  echo "checkov: failed checks above (fix the construct, or skip the check in the resource's metadata with a comment)" >&2
  status=1
fi

exit "$status"
