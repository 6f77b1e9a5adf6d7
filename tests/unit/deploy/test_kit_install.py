"""The kit's installer: refuses a damaged kit, writes a desktop entry that starts the app."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "deploy"))
import kit_install  # noqa: E402  (the kit ships it as a loose script)


def test_a_damaged_kit_is_refused(tmp_path, monkeypatch, capsys):
    (tmp_path / "wheels").mkdir()
    (tmp_path / "wheels" / "a.whl").write_bytes(b"changed")
    (tmp_path / "SHA256SUMS").write_text("0" * 64 + "  wheels/a.whl\n")
    monkeypatch.setattr(kit_install, "KIT", tmp_path)
    with pytest.raises(SystemExit):
        kit_install.verify_kit()
    assert "wheels/a.whl" in capsys.readouterr().err


def test_desktop_entry_points_at_the_window_and_the_icon(tmp_path):
    text = kit_install.desktop_entry(tmp_path / "prefix", tmp_path / "icons")
    assert "Name=平安台账" in text
    assert f'Exec="{tmp_path}/prefix/venv/bin/station-desk"' in text
    assert f"Icon={tmp_path}/icons/station-256.png" in text


def test_linux_shortcuts_go_to_the_menu_and_the_desktop(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setattr(kit_install.shutil, "which", lambda name: None)
    (tmp_path / "桌面").mkdir()
    made = kit_install.linux_shortcuts(tmp_path / "prefix", tmp_path / "icons", per_user=True)
    assert made == [tmp_path / "share" / "applications" / "station-ledger.desktop",
                    tmp_path / "桌面" / "station-ledger.desktop"]
    assert all(p.stat().st_mode & 0o100 for p in made)
