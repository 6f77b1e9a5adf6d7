#!/usr/bin/env bash
# After the tests, once per CI run: the offline kit, the standalone build and the upgrade path
# (deploy/checks.py says what each check does). Fails CI when any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
started=$(date +%s)
python3 bootstrap.py build          # adds PyInstaller to .venv on first use, builds dist/StationLedger
.venv/bin/python -m deploy.checks --built dist/StationLedger
echo "kit-checks took $(( $(date +%s) - started )) s (build included)"
