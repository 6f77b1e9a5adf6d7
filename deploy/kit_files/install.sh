#!/bin/sh
# 平安台账 — 离线安装/升级（Linux）。用法：sh install.sh [--user] [--prefix DIR]
# Station Ledger offline install/upgrade for Linux. Finds a Python 3.10+ and runs kit_install.py.
# PYTHON=/path/to/python3 sh install.sh   chooses the Python.
set -eu
KIT="$(cd "$(dirname "$0")" && pwd)"
CANDIDATES="${PYTHON:-} python3.13 python3.12 python3.11 python3.10 python3.14 python3"
# First a Python the kit carries wheels for (kit_install.py --fits), else any 3.10+, which then
# says what the kit carries.
for candidate in $CANDIDATES; do
  if command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 10))' 2>/dev/null \
     && "$candidate" "$KIT/kit_install.py" --fits 2>/dev/null; then
    exec "$candidate" "$KIT/kit_install.py" "$@"
  fi
done
for candidate in $CANDIDATES; do
  if command -v "$candidate" >/dev/null 2>&1 \
     && "$candidate" -c 'import sys, venv; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
    exec "$candidate" "$KIT/kit_install.py" "$@"
  fi
done
echo "安装没有完成：没有找到 Python 3.10 或更高版本（本机 python3：$(python3 --version 2>&1 || echo 无)）。" >&2
echo "请先安装 Python 3.10+（见 README.txt），或用 PYTHON=/路径/python3 sh install.sh 指定。" >&2
echo "No Python 3.10+ found; install one (see README.txt) or name it with PYTHON=/path/to/python3." >&2
exit 1
