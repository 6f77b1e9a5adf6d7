"""The core must stay usable without a display: no module under station_app imports Qt."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_importing_every_core_module_loads_no_qt() -> None:
    script = (
        "import importlib, pkgutil, sys\n"
        "import station_app\n"
        "names = [m.name for m in pkgutil.walk_packages(station_app.__path__, 'station_app.')]\n"
        "for name in names: importlib.import_module(name)\n"
        "print(len(names))\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'ui'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 15  # the walk really imported the package
