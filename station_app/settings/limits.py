"""The length of the settings' typed text (see core/limits.py): a folder as Windows allows one,
a font's key. The settings page reads these too."""

from __future__ import annotations

SETTINGS = {"backup_dir": 260, "document_font": 64}
