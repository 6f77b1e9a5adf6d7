"""The week's export to a stick and the county's import of it, end to end through `station`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from station_app.cli.main import main
from station_app.exchange.safe_write import ExportFailed, verify_export
from tests.cli_login import ADMIN_PASSWORD, DEMO_PASSWORD, logged_in


def run(capsys, *args: str, password: str = ADMIN_PASSWORD) -> tuple[int, str, str]:
    code = main(logged_in(args, password=password))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def station_db(tmp_path: Path, capsys) -> str:
    url = f"sqlite:///{tmp_path / 'station.sqlite3'}"
    code, _, err = run(capsys, "--db", url, "demo", "--residents", "300", "--cases", "10", "--weeks", "2")
    assert code == 0, err
    return url


def test_export_then_import_at_the_county(capsys, tmp_path: Path, station_db: str) -> None:
    password = tmp_path / "pw.txt"
    password.write_text("Bundle2026x\n", encoding="utf-8")
    stick = tmp_path / "usb"
    stick.mkdir()
    code, out, err = run(
        capsys, "--db", station_db, "export", "--to", str(stick), "--password-file", str(password), "--json",
        password=DEMO_PASSWORD,
    )
    assert code == 0, err
    written = json.loads(out)
    folder = Path(written["folder"])
    assert folder.parent == stick and folder.name.startswith("152222-GLB_")
    assert sorted(path.suffix for path in folder.iterdir()) == [".pajt", ".pdf", ".sha256", ".xlsx"]
    assert verify_export(folder) == []

    county = f"sqlite:///{tmp_path / 'county.sqlite3'}"
    admin_pw = tmp_path / "admin.txt"
    admin_pw.write_text("Admin1234\n", encoding="utf-8")
    assert (
        run(
            capsys,
            "--db",
            county,
            "init",
            "--station-code",
            "1522-XJ",
            "--station-name",
            "科右中旗公安局",
            "--county",
            "科右中旗",
            "--admin",
            "admin",
            "--password-file",
            str(admin_pw),
        )[0]
        == 0
    )
    bundle = next(folder.glob("*.pajt"))
    code, out, err = run(
        capsys, "--db", county, "import-bundle", str(bundle), "--password-file", str(password), "--json"
    )
    assert code == 0, err
    first = json.loads(out)
    assert first["inserted"] > 100 and first["conflicts"] == 0 and first["full"] is True
    assert first["tables"]["resident"]["inserted"] >= 300
    code, out, _ = run(
        capsys, "--db", county, "import-bundle", str(bundle), "--password-file", str(password), "--json"
    )
    again = json.loads(out)
    assert again["outcome"] == "replay"
    assert (again["inserted"], again["updated"], again["deleted"]) == (0, 0, 0)
    code, out, _ = run(capsys, "--db", county, "import-bundle", str(bundle), "--password-file", str(password))
    assert code == 0 and "县局已经有了" in out
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("Nottheone1\n", encoding="utf-8")
    code, _, err = run(capsys, "--db", county, "import-bundle", str(bundle), "--password-file", str(wrong))
    assert code == 1 and "密码错误" in err

    code, out, _ = run(capsys, "verify-export", str(folder), "--json")
    assert code == 0 and json.loads(out)["ok"] is True
    pdf = next(folder.glob("*.pdf"))
    pdf.write_bytes(pdf.read_bytes()[:-10])  # what a stick pulled out too early leaves
    code, out, _ = run(capsys, "verify-export", str(folder))
    assert code == 1 and pdf.name in out
    assert run(capsys, "verify-export", str(tmp_path / "nowhere"))[0] == 2


def test_a_full_stick_leaves_no_complete_looking_file(
    capsys, tmp_path: Path, station_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import os

    from station_app.core.actor import command_line_actor
    from station_app.core.clock import local_today
    from station_app.reports.export import export_week
    from station_app.reports.periods import period_containing
    from station_app.station.service import home_station

    real_write = os.write
    calls = {"n": 0}

    def full(fd: int, data: bytes) -> int:
        calls["n"] += 1
        if calls["n"] > 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", full)
    actor = command_line_actor(home_station().id)
    (tmp_path / "usb").mkdir()
    with pytest.raises(ExportFailed, match="空间不足"):
        export_week(actor, period_containing("week", local_today()), tmp_path / "usb", "Bundle2026x")
    folder = next((tmp_path / "usb").iterdir())
    assert list(folder.iterdir()) == []  # not even the PDF and XLSX under their final names
    monkeypatch.undo()
    outcome = export_week(actor, period_containing("week", local_today()), tmp_path / "usb", "Bundle2026x")
    assert outcome.bundle.span.full  # the failed export delivered nothing: the next one carries all


def test_a_missing_target_folder_is_refused_not_created(capsys, tmp_path: Path, station_db: str) -> None:
    password = tmp_path / "pw.txt"
    password.write_text("Bundle2026x\n", encoding="utf-8")
    stick = tmp_path / "media" / "usb"  # not plugged in: the mount point does not exist
    code, out, err = run(capsys, "--db", station_db, "export", "--to", str(stick),
                         "--password-file", str(password), password=DEMO_PASSWORD)
    assert code == 1 and "U盘没有插好" in err and "可以安全拔出" not in out
    assert not stick.exists() and not (tmp_path / "media").exists()


def test_a_stick_pulled_mid_export_fails_and_delivers_nothing(
    tmp_path: Path, station_db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder vanishes after the first file (the stick pulled; its mount point left behind)."""
    import shutil

    from station_app.core.actor import command_line_actor
    from station_app.core.clock import local_today
    from station_app.exchange import safe_write
    from station_app.reports.export import export_week
    from station_app.reports.periods import period_containing
    from station_app.station.service import home_station

    stick = tmp_path / "usb"
    stick.mkdir()
    real = safe_write._write_one
    calls = {"n": 0}

    def pulled(folder: Path, *args, **kwargs):  # noqa: ANN202
        calls["n"] += 1
        if calls["n"] == 2:
            shutil.rmtree(folder)
        return real(folder, *args, **kwargs)

    monkeypatch.setattr(safe_write, "_write_one", pulled)
    actor = command_line_actor(home_station().id)
    week = period_containing("week", local_today())
    with pytest.raises(ExportFailed, match="拔出"):
        export_week(actor, week, stick, "Bundle2026x")
    monkeypatch.undo()
    assert export_week(actor, week, stick, "Bundle2026x").bundle.span.full


def test_an_export_with_nothing_new_says_so_and_still_writes_the_summary(
    capsys, tmp_path: Path, station_db: str
) -> None:
    password = tmp_path / "pw.txt"
    password.write_text("Bundle2026x\n", encoding="utf-8")
    stick = tmp_path / "usb"
    stick.mkdir()
    command = ("--db", station_db, "export", "--to", str(stick), "--password-file", str(password))
    assert run(capsys, *command, password=DEMO_PASSWORD)[0] == 0
    code, out, err = run(capsys, "--db", station_db, "export", "--to", str(stick), "--password-file",
                         str(password), "--json", password=DEMO_PASSWORD)
    assert code == 0, err
    written = json.loads(out)
    assert written["changes"]["records"] == 0 and written["changes"]["full"] is False
    assert verify_export(Path(written["folder"])) == []
    code, out, _ = run(capsys, *command, password=DEMO_PASSWORD)
    assert "本次没有新的变更" in out and "可以安全拔出U盘" in out
