#!/usr/bin/env bash
# The Python check (npx projen test:python): install the wheel that `package` built into a
# brand-new virtual environment, with the pinned packages of requirements.txt, and run the
# Python CDK app tests in this folder under pytest. Needs dist/python/*.whl.
set -euo pipefail
cd "$(dirname "$0")/../.."

venv=.tmp/venv-python
shopt -s nullglob
wheels=(dist/python/*.whl)
if [ "${#wheels[@]}" -ne 1 ]; then
  echo "test:python: expected one wheel in dist/python/, found ${#wheels[@]} (run 'npx projen package:python' first)" >&2
  exit 1
fi

rm -rf "$venv"
python3 -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
  -r test/python/requirements.txt "${wheels[0]}"
"$venv/bin/python" -m pip check

# No __pycache__ or .pytest_cache in the source tree. pytest exits 5 when it collects no
# test, so an emptied test file fails this check too.
export PYTHONDONTWRITEBYTECODE=1
exec "$venv/bin/python" -m pytest -p no:cacheprovider -ra test/python
