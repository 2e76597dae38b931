#!/usr/bin/env bash
# The Python check (npx projen test:python), on the wheel that `package` built:
# 1. the README's Python app ("Using it from Python") in a fresh `cdk init app --language
#    python` outside the tree, set up with the README's commands: a virtual environment
#    .venv, `pip install -r requirements.txt`, the wheel (for `pip install
#    cdk-lattice-shared-database`), with the versions of requirements.txt here as constraints;
# 2. mypy on app.py, which must pass, and on a copy with a misspelt struct keyword, which
#    must fail as the README says;
# 3. `cdk synth` with no AWS credentials (the CDK CLI of the devDependencies, as the
#    README's `npm install -g aws-cdk`), and the check of both templates;
# 4. in the same environment, pytest on test/python (the building blocks and the errors).
set -euo pipefail
source "$(dirname "$0")/../cdk-init/lib.sh"
pins="$root/test/python/requirements.txt"

shopt -s nullglob
wheels=("$root"/dist/python/*.whl)
if [ "${#wheels[@]}" -ne 1 ]; then
  echo "test:python: expected one wheel in dist/python/, found ${#wheels[@]} (run 'npx projen package:python' first)" >&2
  exit 1
fi

new_app python
readme_files python
cd "$app"
export PYTHONDONTWRITEBYTECODE=1 PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
python3 -m venv .venv
source .venv/bin/activate
pip install --quiet -r requirements.txt -c "$pins"
pip install --quiet "${wheels[0]}" -c "$pins"
pip install --quiet pytest mypy -c "$pins"
pip check
# every installed package is pinned (no version floats in from PyPI)
unpinned=$(pip freeze --exclude cdk-lattice-shared-database | grep -vxF -f <(grep -v '^#' "$pins") || true)
if [ -n "$unpinned" ]; then
  echo "test:python: installed but not pinned in test/python/requirements.txt:" >&2
  echo "$unpinned" >&2
  exit 1
fi

echo "== mypy app.py"
# mypy follows only the modules app.py imports (aws_cdk, aws_cdk.aws_ec2, constructs, the
# library): following all of aws-cdk-lib's modules takes over a minute and checks nothing more
cat >../mypy.ini <<'INI'
[mypy]
[mypy-aws_cdk.*]
follow_imports = skip
[mypy-aws_cdk]
follow_imports = normal
[mypy-aws_cdk.aws_ec2]
follow_imports = normal
INI
mypy --config-file ../mypy.ini --cache-dir ../mypy-cache --no-error-summary app.py
sed 's/subnet_type=ec2.SubnetType.PRIVATE_ISOLATED/subnet_typ=ec2.SubnetType.PRIVATE_ISOLATED/' app.py >misspelt_app.py
if mypy --config-file ../mypy.ini --cache-dir ../mypy-cache misspelt_app.py >mypy.out 2>&1 \
  || ! grep -q 'Unexpected keyword argument "subnet_typ" for "SubnetConfiguration"' mypy.out; then
  echo "test:python: mypy did not reject the misspelt struct keyword:" >&2
  cat mypy.out >&2
  exit 1
fi
rm misspelt_app.py mypy.out

echo "== cdk synth"
offline_synth cdk
check_assembly test:python

echo "== pytest test/python"
cd "$root"
# pytest exits 5 when it collects no test, so an emptied test file fails this check too
python -m pytest -p no:cacheprovider -ra test/python
