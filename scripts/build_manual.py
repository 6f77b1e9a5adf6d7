"""Build the user manual (使用手册) from the real screens: render them with the screenshot scripts,
then assemble resources/manual/manual_zh_CN.pdf (and the section → page map beside it).

    python scripts/build_manual.py            # about a minute on two cores

bootstrap.py runs it before the tests (so the manual never shows an old screen) and before
`kit`/`build` (so it ships). The screens go to build/manual-shots/, never to docs/screenshots.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOTS = ROOT / "build" / "manual-shots"
TARGET = ROOT / "resources" / "manual"
# The scripts whose screens the manual shows (station_app/documents/manual_sections.py names them).
SCRIPTS = ("screenshots_reports", "screenshots_mediation", "screenshots_patrols", "screenshots_hotline",
           "screenshots_restitution", "screenshots_residents", "screenshots_visits", "screenshots_ledger",
           "screenshots_manual", "screenshots")


def render(script: str) -> tuple[str, float, str]:
    started = time.monotonic()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / f"{script}.py"), str(SHOTS)], cwd=ROOT,
                          env=env, capture_output=True, text=True)
    problem = "" if done.returncode == 0 else (done.stderr.strip().splitlines() or ["?"])[-1]
    return script, time.monotonic() - started, problem


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from station_app.documents.manual import MANUAL_NAME, build_manual

    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("*.png"):
        old.unlink()  # a screen a script no longer renders must not reach the manual
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as pool:
        results = list(pool.map(render, SCRIPTS))
    failed = [f"{script}: {problem}" for script, _seconds, problem in results if problem]
    if failed:
        print("截图脚本出错 / screenshot scripts failed:\n  " + "\n  ".join(failed), file=sys.stderr)
        return 1
    pages = build_manual(SHOTS, TARGET / MANUAL_NAME)
    size = (TARGET / MANUAL_NAME).stat().st_size
    print(f"使用手册 / manual: {TARGET / MANUAL_NAME} ({max(pages.values())}+ pages, {size / 1e6:.1f} MB, "
          f"{time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
