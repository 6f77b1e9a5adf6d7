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


def _kit_for(kit: Path, carries: dict[str, list[str]]) -> None:
    import hashlib
    import json

    (kit / "wheels").mkdir(parents=True)
    (kit / "kit.json").write_text(json.dumps({"carries": carries}), encoding="utf-8")
    digest = hashlib.sha256((kit / "kit.json").read_bytes()).hexdigest()
    (kit / "SHA256SUMS").write_text(f"{digest}  kit.json\n", encoding="utf-8")


def test_a_kit_for_other_systems_stops_before_touching_the_installation(tmp_path, monkeypatch, capsys):
    """An upgrade kit made for another system or Python: it says which ones it carries and leaves
    the installed program as it was (it used to remove the environment, then fail in pip)."""
    kit, prefix = tmp_path / "kit", tmp_path / "prefix"
    _kit_for(kit, {"win_amd64": ["3.12"]} if sys.platform != "win32" else {"linux_aarch64": ["3.11"]})
    installed = prefix / "venv" / "bin" / "python"
    installed.parent.mkdir(parents=True)
    installed.write_text("#!/bin/sh\necho 3.7\n")
    installed.chmod(0o755)
    monkeypatch.setattr(kit_install, "KIT", kit)
    monkeypatch.setattr(kit_install, "WHEELS", kit / "wheels")
    with pytest.raises(SystemExit):
        kit_install.main(["--prefix", str(prefix), "--no-shortcuts", "--no-system-packages"])
    err = capsys.readouterr().err
    assert "本安装包" in err and ("Windows" in err or "aarch64" in err) and "没有改动" in err
    assert installed.read_text().startswith("#!/bin/sh")  # the installed environment was left alone


def test_the_kit_names_the_python_it_carries(tmp_path, monkeypatch, capsys):
    kit = tmp_path / "kit"
    this = f"{sys.version_info.major}.{sys.version_info.minor}"
    other = "3.10" if this != "3.10" else "3.11"
    _kit_for(kit, {kit_install.this_target(): [other]})
    monkeypatch.setattr(kit_install, "KIT", kit)
    with pytest.raises(SystemExit):
        kit_install.check_kit_fits()
    err = capsys.readouterr().err
    assert f"Python {other}" in err and this in err
    _kit_for(tmp_path / "fits", {kit_install.this_target(): [this]})
    monkeypatch.setattr(kit_install, "KIT", tmp_path / "fits")
    kit_install.check_kit_fits()  # carries this machine's: no refusal
