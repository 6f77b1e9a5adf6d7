"""Render resources/icons/station.svg to the PNG sizes and the Windows .ico the app needs.

    python scripts/make_icons.py

The window (ui/common/app_icon.py), the desktop shortcuts (deploy/kit.py) and the standalone build
(deploy/station.spec) use the files this writes; run it after changing the SVG and commit them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402 (Pillow comes with reportlab)
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> Path:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    path = ICONS / f"station-{size}.png"
    image.save(str(path))
    return path


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs one)
    renderer = QSvgRenderer(str(ICONS / "station.svg"))
    if not renderer.isValid():
        print("station.svg is not valid SVG", file=sys.stderr)
        return 1
    pngs = {size: render(renderer, size) for size in SIZES}
    images = [Image.open(pngs[size]) for size in SIZES]
    images[-1].save(ICONS / "station.ico", format="ICO", sizes=[(s, s) for s in SIZES],
                    append_images=images[:-1])
    print(f"wrote {len(pngs)} PNGs and station.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
